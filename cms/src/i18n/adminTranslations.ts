import type { Language } from '@payloadcms/translations'

/**
 * Where Payload's own Vietnamese leaves English on an officer's screen ("Email", "Field sau không hợp lệ",
 * "Chọn một file", "Menu", "block", "token", "ID"), our words, and the archive's own admin keys (`archive:`).
 * Vietnamese first; the English column only carries the `archive:` keys. Merged over Payload's languages in
 * `adminLanguages`; `tests/e2e/adminLanguage.e2e.spec.ts` reads every screen for what is left.
 */
export const ADMIN_TRANSLATIONS = {
  vi: {
    authentication: {
      checkYourEmailForPasswordReset:
        'Nếu địa chỉ thư điện tử này gắn với một tài khoản, bạn sẽ sớm nhận được hướng dẫn đặt lại mật khẩu. Nếu không thấy thư trong hộp thư đến, hãy xem thư mục thư rác.',
      emailNotValid: 'Địa chỉ thư điện tử không hợp lệ',
      emailOrUsername: 'Thư điện tử hoặc tên tài khoản',
      emailSent: 'Đã gửi thư',
      emailVerified: 'Địa chỉ thư điện tử đã được xác minh.',
      forgotPasswordEmailInstructions: 'Nhập địa chỉ thư điện tử của bạn để nhận hướng dẫn đặt lại mật khẩu.',
      forgotPasswordUsernameInstructions:
        'Nhập tên tài khoản của bạn. Hướng dẫn đặt lại mật khẩu sẽ được gửi tới địa chỉ thư điện tử của tài khoản đó.',
      resetPasswordToken: 'Mã đặt lại mật khẩu',
      tokenRefreshSuccessful: 'Đã gia hạn phiên đăng nhập.',
      verifyYourEmail: 'Xác minh địa chỉ thư điện tử',
    },
    dashboard: { deleteWidget: 'Xóa ô {{id}}' },
    error: {
      correctInvalidFields: 'Lỗi - Chưa lưu: hãy sửa các trường được đánh dấu bên dưới.',
      documentNotFound:
        'Không tìm thấy tài liệu mã số {{id}}. Có thể nó đã bị xóa, chưa từng có, hoặc bạn không có quyền xem.',
      emailOrPasswordIncorrect: 'Lỗi - Thư điện tử hoặc mật khẩu không đúng.',
      followingFieldsInvalid_one: 'Lỗi - Trường sau chưa hợp lệ:',
      followingFieldsInvalid_other: 'Lỗi - Các trường sau chưa hợp lệ:',
      incorrectCollection: 'Lỗi - Sai bộ sưu tập.',
      loadingDocument: 'Lỗi - Có vấn đề khi tải tài liệu mã số {{id}}.',
      missingEmail: 'Lỗi - Thiếu địa chỉ thư điện tử.',
      missingIDOfDocument: 'Lỗi - Thiếu mã số của tài liệu cần cập nhật.',
      missingIDOfVersion: 'Lỗi - Thiếu mã số của phiên bản.',
      noFilesUploaded: 'Lỗi - Chưa có tệp nào được tải lên.',
      noMatchedField: 'Lỗi - Không tìm thấy trường khớp với "{{label}}".',
      problemUploadingFile: 'Lỗi - Có vấn đề khi tải tệp lên.',
      tokenInvalidOrExpired: 'Lỗi - Mã xác thực không hợp lệ hoặc đã hết hạn.',
      tokenNotProvided: 'Chưa có mã xác thực.',
      unverifiedEmail: 'Vui lòng xác minh địa chỉ thư điện tử trước khi đăng nhập.',
      userEmailAlreadyRegistered: 'Đã có người dùng đăng ký với địa chỉ thư điện tử này.',
      verificationTokenInvalid: 'Lỗi - Mã xác minh không hợp lệ.',
    },
    fields: {
      block: 'Khối',
      blocks: 'khối',
      blockType: 'Loại khối',
      chooseBetweenCustomTextOrDocument: 'Chọn giữa nhập một đường dẫn hoặc liên kết tới một tài liệu khác.',
      customURL: 'Đường dẫn tùy chỉnh',
      enterURL: 'Nhập một đường dẫn',
      searchForBlock: 'Tìm khối',
      toggleBlock: 'Thu gọn hoặc mở rộng',
    },
    general: {
      collections: 'Bộ sưu tập',
      email: 'Thư điện tử',
      emailAddress: 'Địa chỉ thư điện tử',
      menu: 'trình đơn',
      thisLanguage: 'Tiếng Việt',
    },
    upload: {
      dragAndDropHere: 'hoặc kéo và thả tệp vào đây',
      fileName: 'Tên tệp',
      fileSize: 'Dung lượng tệp',
      pasteURL: 'Dán đường dẫn',
      selectCollectionToBrowse: 'Chọn một bộ sưu tập để xem',
      selectFile: 'Chọn một tệp',
    },
    validation: {
      emailAddress: 'Địa chỉ thư điện tử không hợp lệ.',
      fieldHasNo: 'Chưa có {{label}}',
      invalidSelection: 'Lựa chọn ở trường này không hợp lệ.',
      invalidSelections: 'Trường này có những lựa chọn không hợp lệ sau:',
      validUploadID: 'Trường này không chứa mã tệp tải lên hợp lệ.',
    },
    version: { versionID: 'Mã phiên bản' },
    archive: {
      apiTab: 'Dữ liệu API',
      viTextBeside: 'Bản tiếng Việt',
      viTextMissing: '(chưa có bản tiếng Việt)',
      technicalEmpty: 'Chưa có thông tin kỹ thuật (tệp chưa được xử lý).',
      technicalAll: 'Toàn bộ dữ liệu kỹ thuật (JSON)',
    },
  },
  en: {
    general: { thisLanguage: 'English' },
    archive: {
      apiTab: 'API',
      viTextBeside: 'Vietnamese',
      viTextMissing: '(no Vietnamese text yet)',
      technicalEmpty: 'No technical details yet (the file has not been processed).',
      technicalAll: 'All technical data (JSON)',
    },
  },
} as const

type Table = Record<string, Record<string, string>>

/** A Payload language with our words laid over its own (its other keys untouched). */
export function withOurWords<T extends Language>(language: T, ours: Table): T {
  const translations: Table = { ...(language.translations as unknown as Table) }
  for (const [group, words] of Object.entries(ours)) translations[group] = { ...translations[group], ...words }
  return { ...language, translations } as T
}

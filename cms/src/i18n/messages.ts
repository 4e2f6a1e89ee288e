import type { LocalText } from './localMessage'

/** Every validation message the archive itself raises, in Vietnamese and English. Tests walk this table. */
export const MESSAGES = {
  slug: {
    vi: 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "e-de"',
    en: 'A slug holds only lowercase letters without diacritics, digits and hyphens, e.g. "e-de"',
  },
  iso6393: {
    vi: 'Mã ISO 639-3 gồm đúng 3 chữ cái thường, ví dụ "rad" (tiếng Ê Đê)',
    en: 'An ISO 639-3 code is exactly 3 lowercase letters, e.g. "rad" (Rade)',
  },
  dateOrder: {
    vi: 'Ngày kết thúc phải trùng hoặc sau ngày bắt đầu',
    en: 'The end date must be on or after the start date',
  },
  lunarMonth: { vi: 'Tháng âm lịch phải từ 1 đến 12', en: 'The lunar month must be between 1 and 12' },
  lunarDay: { vi: 'Ngày âm lịch phải từ 1 đến 30', en: 'The lunar day must be between 1 and 30' },
  recurrenceInterval: {
    vi: 'Chu kỳ lặp lại phải là số năm nguyên, từ 2 trở lên',
    en: 'The recurrence interval must be a whole number of years, 2 or more',
  },
  latitude: {
    vi: 'Vĩ độ phải nằm trong lãnh thổ Việt Nam (từ 6,5 đến 23,5 độ Bắc)',
    en: 'The latitude must lie within Vietnam (6.5 to 23.5 degrees North)',
  },
  longitude: {
    vi: 'Kinh độ phải nằm trong lãnh thổ Việt Nam (từ 102 đến 118 độ Đông)',
    en: 'The longitude must lie within Vietnam (102 to 118 degrees East)',
  },
  coordinatesPair: {
    vi: 'Cần nhập cả vĩ độ và kinh độ, hoặc để trống cả hai',
    en: 'Enter both latitude and longitude, or leave both empty',
  },
  accessReason: {
    vi: 'Hãy ghi lý do hạn chế truy cập (ví dụ: nghi lễ thiêng, chỉ dành cho cộng đồng)',
    en: 'Give the reason access is limited (e.g. a sacred rite, for the community only)',
  },
  consentBeforePublic: {
    vi: 'Bản ghi có người xuất hiện chỉ được để ở mức Công khai khi đã có sự đồng ý (trạng thái "Đã đồng ý")',
    en: 'A record that shows people can be Public only once their consent has been given (status "Consent given")',
  },
  featuredMedia: {
    vi: 'Tư liệu tiêu biểu phải là một trong các tư liệu của bản ghi',
    en: 'The featured media must be one of the record’s media',
  },
  reviewTransition: {
    vi: 'Không thể chuyển trạng thái thẩm định từ "{from}" sang "{to}"',
    en: 'The review state cannot move from "{from}" to "{to}"',
  },
  roleMove: {
    vi: 'Vai trò của bạn không được chuyển hồ sơ từ "{from}" sang "{to}"',
    en: 'Your role may not move a record from "{from}" to "{to}"',
  },
  publishNeedsApproval: {
    vi: 'Chỉ xuất bản được hồ sơ đã được duyệt (trạng thái "Đã duyệt")',
    en: 'Only an approved record can be published (state "Approved")',
  },
  provinceOutOfScope: {
    vi: 'Bạn chỉ được tạo hồ sơ cho tỉnh mình phụ trách',
    en: 'You may only create records for the provinces you work for',
  },
  passwordPolicy: {
    vi: 'Mật khẩu cần ít nhất 12 ký tự, gồm cả chữ và số, và không chứa địa chỉ thư điện tử',
    en: 'A password needs at least 12 characters, letters and digits, and must not contain the email',
  },
  // Accounts and logins (issue 12: throttling, common passwords, current password)
  tooManyAttempts: {
    vi: 'Quá nhiều lần thử không thành công từ địa chỉ này. Hãy thử lại sau {minutes} phút.',
    en: 'Too many failed attempts from this address. Try again in {minutes} minutes.',
  },
  commonPassword: {
    vi: 'Mật khẩu này nằm trong danh sách mật khẩu phổ biến nhất nên rất dễ bị đoán. Hãy chọn mật khẩu khác.',
    en: 'This password is on the list of the most common passwords, so it is easy to guess. Choose another one.',
  },
  currentPasswordRequired: {
    vi: 'Để đổi mật khẩu hoặc địa chỉ thư điện tử của chính mình, hãy nhập mật khẩu hiện tại.',
    en: 'To change your own password or email, enter your current password.',
  },
  currentPasswordWrong: {
    vi: 'Mật khẩu hiện tại không đúng.',
    en: 'The current password is not correct.',
  },
  graphQLTooManyRoots: {
    vi: 'Truy vấn GraphQL hỏi quá nhiều danh sách cùng lúc ({count}, tối đa {max}). Hãy chia thành nhiều truy vấn.',
    en: 'The GraphQL query asks for too many lists at once ({count}, at most {max}). Split it into several queries.',
  },
  graphQLTooManyAliases: {
    vi: 'Truy vấn GraphQL dùng quá nhiều bí danh ({count}, tối đa {max}).',
    en: 'The GraphQL query uses too many aliases ({count}, at most {max}).',
  },
  graphQLTooDeep: {
    vi: 'Truy vấn GraphQL lồng quá sâu ({count} tầng, tối đa {max}).',
    en: 'The GraphQL query is nested too deeply ({count} levels, at most {max}).',
  },
  vttFile: {
    vi: 'Phụ đề phải là tệp WebVTT (.vtt)',
    en: 'Captions must be a WebVTT file (.vtt)',
  },
  // Media uploads (issue 12, media): why an upload was refused, besides what the bytes are (media/messages.ts).
  uploadTooLarge: {
    vi: 'Tệp quá lớn để tải lên máy chủ này (giới hạn {max}). Hãy báo quản trị viên hoặc cắt tệp thành nhiều phần.',
    en: 'The file is too large for this server (limit {max}). Tell an administrator, or split the file.',
  },
  uploadNotAllowed: {
    vi: 'Tài khoản của bạn không được thêm hoặc sửa tư liệu: chỉ biên tập viên và quản trị viên được làm việc này.',
    en: 'Your account may not add or change media: only editors and administrators may.',
  },
  uploadFileNotSent: {
    vi: 'Hãy gửi chính tệp trong lần tải lên: kho không lấy tệp từ một đường dẫn (URL) hay từ tên một tệp đã lưu.',
    en: 'Send the file itself in the upload: the archive does not take a file from a URL or from a stored file name.',
  },
  // Access rules and workflow (issue 12: scope, relation filters)
  provinceMove: {
    vi: 'Bạn chỉ được đặt hồ sơ vào tỉnh mình phụ trách',
    en: 'You may only place records in the provinces you work for',
  },
  badQuery: {
    vi: 'Truy vấn không hợp lệ: hãy kiểm tra các tham số where, sort, page và limit (giá trị, kiểu, toán tử)',
    en: 'The query is not valid: check its where, sort, page and limit parameters (values, types, operators)',
  },
  relationSort: {
    vi: 'Không thể sắp xếp theo trường "{path}": nó nằm sau một liên kết tới hồ sơ bạn có thể không được xem',
    en: 'Cannot sort by "{path}": it lies behind a link to records you may not be allowed to see',
  },
  relationFilter: {
    vi: 'Không thể lọc theo trường "{path}" theo cách này',
    en: 'The field "{path}" cannot be filtered this way',
  },
  // Media and reference records within the editor's province (issue 12: B1, B2, B6)
  attachOutOfScope: {
    vi: 'Bạn chỉ được gắn tư liệu và nhân vật mà bạn được xem: tệp của tỉnh mình phụ trách, tệp mình tải lên, hoặc tệp công khai',
    en: 'You may only attach files and people you may see: files of the provinces you work for, files you uploaded, or public files',
  },
  personPublishAdminOnly: {
    vi: 'Chỉ quản trị viên được xuất bản công khai một nhân vật: hãy lưu bản nháp để quản trị viên duyệt',
    en: 'Only an administrator may publish a person publicly: save a draft for an administrator to review',
  },
} satisfies Record<string, LocalText>

export type MessageKey = keyof typeof MESSAGES

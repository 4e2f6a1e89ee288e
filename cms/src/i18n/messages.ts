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
    vi: 'Tài khoản của bạn không được thêm hoặc sửa tư liệu này: cộng tác viên và biên tập viên thêm tư liệu và sửa tư liệu của mình; người thẩm định và nhà nghiên cứu thì không.',
    en: 'Your account may not add or change this file: contributors and editors add files and change their own; reviewers and researchers do not.',
  },
  uploadFileNotSent: {
    vi: 'Hãy gửi chính tệp trong lần tải lên: kho không lấy tệp từ một đường dẫn (URL) hay từ tên một tệp đã lưu.',
    en: 'Send the file itself in the upload: the archive does not take a file from a URL or from a stored file name.',
  },
  // Resumable uploads (issue 15, srv): the refusals of /api/uploads, as `{ error: { code, message } }`.
  tusQuota: {
    vi: 'Bạn đã có {used} đang tải dở (giới hạn {max}). Hãy tiếp tục cho xong hoặc hủy một lượt tải dở — chúng được liệt kê ở mục «Tải lên chưa xong» của màn hình «Tải lên nhiều tệp» — rồi tải thêm.',
    en: 'You already have {used} in unfinished uploads (limit {max}). Finish or cancel one of them — they are listed under “Unfinished uploads” on the “Upload many files” screen — then upload more.',
  },
  tusDiskFull: {
    vi: 'Máy chủ không còn đủ chỗ trống cho tệp này ({size}). Hãy báo quản trị viên; phần đã gửi không bị mất.',
    en: 'The server does not have enough free space for this file ({size}). Tell an administrator.',
  },
  tusExpired: {
    vi: 'Lượt tải lên này không còn trên máy chủ (đã quá hạn hoặc đã hủy). Hãy tải tệp lên lại từ đầu.',
    en: 'This upload is no longer on the server (it expired or was cancelled). Upload the file again.',
  },
  tusSignedOut: {
    vi: 'Phiên đăng nhập đã hết. Hãy đăng nhập lại rồi tiếp tục: phần đã gửi vẫn được giữ.',
    en: 'Your session has ended. Sign in again and continue: the part already sent is kept.',
  },
  tusMetadata: {
    vi: 'Chưa gửi tệp: thông tin «{field}» chưa đúng — {reason}. Hãy sửa rồi tải lên lại.',
    en: 'Nothing was sent: “{field}” is not right — {reason}. Correct it and upload again.',
  },
  tusRefusedAtFinish: {
    vi: 'Tệp đã gửi đủ nhưng không lưu được thành tư liệu: {reason}. Phần đã gửi không được giữ lại; hãy sửa rồi tải tệp lên lại.',
    en: 'The whole file arrived but could not be saved as a media record: {reason}. What was sent is not kept; correct this and upload the file again.',
  },
  tusTooManyOpen: {
    vi: 'Bạn đã có {max} lượt tải lên dở dang. Hãy tiếp tục cho xong hoặc hủy bớt (mục «Tải lên chưa xong» của màn hình «Tải lên nhiều tệp») rồi tải thêm.',
    en: 'You already have {max} unfinished uploads. Finish or cancel some ("Unfinished uploads" on "Upload many files"), then upload more.',
  },
  tusFinishFailed: {
    vi: 'Tệp đã gửi đủ nhưng chưa lưu được thành tư liệu vì lỗi máy chủ. Tệp vẫn được giữ trên máy chủ; tải lên sẽ tự thử lưu lại, không phải gửi lại. Nếu lỗi kéo dài, hãy báo quản trị viên.',
    en: 'The whole file arrived but could not be saved as a media record because of a server error. The file is kept on the server; the upload will try saving it again without sending it again. If this goes on, tell an administrator.',
  },
  tusFieldReason: { vi: 'thông tin «{field}» chưa đúng — {reason}', en: '“{field}” is not right — {reason}' },
  tusNoSuchPlace: {
    vi: 'không có nơi này, hoặc bạn không được xem nơi này',
    en: 'there is no such place, or it is one you may not see',
  },
  tusNotADate: { vi: '"{value}" không phải một ngày có thật', en: '"{value}" is not a real date' },
  tusNotFound: {
    vi: 'Không tìm thấy lượt tải lên này: có thể nó đã quá hạn hoặc đã bị hủy, hoặc không phải của bạn. Hãy tải tệp lên lại từ đầu.',
    en: 'This upload was not found: it may have expired or been cancelled, or it is not yours. Upload the file again.',
  },
  tusBadRequest: {
    vi: 'Yêu cầu tải lên không hợp lệ ({reason}).',
    en: 'The upload request is not valid ({reason}).',
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
  // Roles and review in the admin (issue 13, roles): what a move needs, the review buttons, the timeline.
  neededToSubmit: {
    vi: 'Cần điền mục này trước khi gửi thẩm định',
    en: 'Fill this in before submitting for review',
  },
  neededInVietnameseToSubmit: {
    vi: 'Cần điền bản tiếng Việt của mục này trước khi gửi thẩm định',
    en: 'Fill in the Vietnamese of this field before submitting for review',
  },
  reviewNoteRequired: {
    vi: 'Hãy ghi chú điều cần làm (lý do) trước khi chuyển hồ sơ sang "{to}"',
    en: 'Write a note saying what is needed (the reason) before moving the record to "{to}"',
  },
  reviewSubmit: { vi: 'Gửi thẩm định', en: 'Submit for review' },
  reviewSendBack: { vi: 'Yêu cầu chỉnh sửa', en: 'Request changes' },
  reviewApprove: { vi: 'Duyệt', en: 'Approve' },
  reviewPublish: { vi: 'Xuất bản', en: 'Publish' },
  reviewUnpublish: { vi: 'Gỡ xuất bản', en: 'Unpublish' },
  reviewArchive: { vi: 'Lưu trữ', en: 'Archive' },
  reviewToDraft: { vi: 'Đưa về bản nháp', en: 'Back to draft' },
  reviewState: { vi: 'Trạng thái thẩm định', en: 'Review state' },
  reviewNote: { vi: 'Ghi chú cho lần chuyển này', en: 'Note for this move' },
  reviewNoteHint: {
    vi: 'Bắt buộc khi yêu cầu chỉnh sửa hoặc gỡ xuất bản',
    en: 'Required to request changes or unpublish',
  },
  reviewNoteOfMove: { vi: 'Ghi chú khi chuyển sang “{to}”, {at}', en: 'Note on the move to “{to}”, {at}' },
  reviewTimeline: { vi: 'Lịch sử thẩm định', en: 'Review history' },
  reviewTimelineEmpty: { vi: 'Chưa có lần chuyển nào', en: 'No moves yet' },
  reviewBySystem: { vi: 'Hệ thống', en: 'System' },
  reviewUnpublishedChanges: { vi: 'có thay đổi chưa xuất bản', en: 'with unpublished changes' },
  // Dashboard and programme report (issue 13, dashboard): what each role sees on the admin's home page.
  dashboardTitle: { vi: 'Bảng điều khiển', en: 'Dashboard' },
  dashboardScopeAll: { vi: 'Toàn bộ kho lưu trữ', en: 'The whole archive' },
  dashboardScopeProvinces: { vi: 'Tỉnh bạn phụ trách: {provinces}', en: 'Your provinces: {provinces}' },
  dashboardNoProvince: {
    vi: 'Tài khoản của bạn chưa được gán tỉnh nào: hãy nhờ quản trị viên gán tỉnh bạn phụ trách.',
    en: 'Your account has no province yet: ask an administrator to assign yours.',
  },
  dashboardMyDrafts: { vi: 'Bản nháp của tôi', en: 'My drafts' },
  dashboardSentBack: { vi: 'Được trả lại để chỉnh sửa', en: 'Sent back to me for changes' },
  dashboardAwaitingReview: { vi: 'Chờ thẩm định', en: 'Awaiting review' },
  dashboardApproved: { vi: 'Đã duyệt, chờ xuất bản', en: 'Approved, waiting to be published' },
  dashboardRecentlyPublished: { vi: 'Mới xuất bản', en: 'Recently published' },
  dashboardMedia: { vi: 'Tư liệu đang xử lý hoặc lỗi', en: 'Media being processed or failed' },
  dashboardCounts: { vi: 'Số hồ sơ theo trạng thái thẩm định', en: 'Records by review state' },
  dashboardNothing: { vi: 'Không có hồ sơ nào.', en: 'Nothing here.' },
  dashboardNoMedia: { vi: 'Không có tư liệu nào đang xử lý hay bị lỗi.', en: 'No media being processed or failed.' },
  dashboardMore: { vi: 'Xem tất cả ({count})', en: 'See all ({count})' },
  dashboardEdit: { vi: 'Sửa', en: 'Edit' },
  dashboardPublicPage: { vi: 'Xem trang công khai', en: 'View public page' },
  dashboardNoteBy: { vi: 'Ghi chú của người thẩm định ({date}):', en: 'Reviewer’s note ({date}):' },
  dashboardNoNote: { vi: 'Không có ghi chú.', en: 'No note.' },
  dashboardUpdated: { vi: 'Cập nhật {date}', en: 'Updated {date}' },
  dashboardUsedBy: { vi: 'Dùng trong:', en: 'Used in:' },
  dashboardUnused: { vi: 'Chưa gắn với hồ sơ nào', en: 'Not used by any record yet' },
  dashboardResearcher: {
    vi: 'Tài khoản nhà nghiên cứu xem các hồ sơ công khai và hồ sơ được cấp quyền trong mục Di sản.',
    en: 'Researcher accounts read public records and the records granted to them under Heritage items.',
  },
  reportTitle: { vi: 'Số liệu chương trình', en: 'Programme figures' },
  reportIntro: {
    vi: 'Số liệu cho báo cáo định kỳ, tính trên các hồ sơ bạn được xem{scope}.',
    en: 'Figures for the periodic report, over the records you may read{scope}.',
  },
  reportDownloadXlsx: { vi: 'Tải về Excel (XLSX)', en: 'Download Excel (XLSX)' },
  reportDownloadCsv: { vi: 'Tải về CSV', en: 'Download CSV' },
  reportDimension: { vi: 'Nhóm', en: 'Group' },
  reportName: { vi: 'Tên', en: 'Name' },
  reportRecords: { vi: 'Số hồ sơ', en: 'Records' },
  reportPublished: { vi: 'Đã xuất bản', en: 'Published' },
  reportTranslated: { vi: 'Có bản tiếng Anh', en: 'Translated into English' },
  reportTranslatedShare: { vi: 'Tỷ lệ có bản tiếng Anh (%)', en: 'Share translated into English (%)' },
  reportConsent: { vi: 'Đã ghi nhận sự đồng ý', en: 'Consent recorded' },
  reportConsentShare: { vi: 'Tỷ lệ đã ghi nhận sự đồng ý (%)', en: 'Share with consent recorded (%)' },
  reportAudioHours: { vi: 'Giờ âm thanh', en: 'Hours of audio' },
  reportVideoHours: { vi: 'Giờ video', en: 'Hours of video' },
  reportTotal: { vi: 'Tổng cộng', en: 'Total' },
  reportByEthnicGroup: { vi: 'Dân tộc', en: 'Ethnic group' },
  reportByKind: { vi: 'Loại hình', en: 'Kind' },
  reportByProvince: { vi: 'Tỉnh', en: 'Province' },
  reportNone: { vi: '(chưa ghi)', en: '(not given)' },
  reportNotes: {
    vi: 'Có bản tiếng Anh: tiêu đề và tóm tắt đều đã dịch (không tính chữ tiếng Việt hiển thị thay). Đã ghi nhận sự đồng ý: trạng thái “Đã đồng ý”. Giờ âm thanh và video: thời lượng các tệp đã xử lý gắn với các hồ sơ này, mỗi tệp tính một lần.',
    en: 'Translated into English: both title and summary translated (Vietnamese shown in their place does not count). Consent recorded: status “Consent given”. Hours of audio and video: duration of the processed files used by these records, each file counted once.',
  },
  reportNotesSheet: { vi: 'Ghi chú', en: 'Notes' },
  reportSignIn: { vi: 'Hãy đăng nhập để tải số liệu', en: 'Sign in to download the figures' },
  reportStaffOnly: {
    vi: 'Chỉ cán bộ (quản trị, biên tập, cộng tác viên, thẩm định) được tải số liệu chương trình',
    en: 'Only staff (administrators, editors, contributors, reviewers) may download the programme figures',
  },
  reportUnknownFormat: {
    vi: 'Chỉ có hai định dạng: programme.xlsx và programme.csv',
    en: 'Two formats only: programme.xlsx and programme.csv',
  },
  publicPageLink: { vi: 'Xem trang công khai', en: 'View the public page' },
} satisfies Record<string, LocalText>

export type MessageKey = keyof typeof MESSAGES

// Media form (issue 13 part 4): upload progress, file pickers, the language picker. Shown in the admin.
export const MEDIA_FORM_TEXT = {
  uploading: {
    vi: 'Đang tải lên: {percent} % ({sent} / {total})',
    en: 'Uploading: {percent} % ({sent} of {total})',
  },
  speed: { vi: '{speed}/giây, còn khoảng {left}', en: '{speed}/s, about {left} left' },
  starting: { vi: 'Đang bắt đầu tải lên…', en: 'Starting the upload…' },
  saving: {
    vi: 'Đã gửi xong tệp; máy chủ đang kiểm tra và lưu…',
    en: 'File sent; the server is checking and saving it…',
  },
  keepOpen: {
    vi: 'Xin giữ trang này mở cho đến khi tải lên xong.',
    en: 'Please keep this page open until the upload is done.',
  },
  seconds: { vi: '{n} giây', en: '{n} s' },
  minutes: { vi: '{m} phút {s} giây', en: '{m} min {s} s' },
  hours: { vi: '{h} giờ {m} phút', en: '{h} h {m} min' },
  noCaption: { vi: '(chưa có chú thích)', en: '(no caption)' },
  chooseFromLibrary: { vi: 'Chọn từ thư viện', en: 'Choose from the library' },
  uploadNew: { vi: 'Tải lên tệp mới', en: 'Upload a new file' },
  remove: { vi: 'Bỏ', en: 'Remove' },
  moveUp: { vi: 'Lên', en: 'Up' },
  moveDown: { vi: 'Xuống', en: 'Down' },
  noFiles: { vi: 'Chưa có tệp nào.', en: 'No files yet.' },
  languageChoose: { vi: '— Chọn ngôn ngữ —', en: '— Choose a language —' },
  languageAdd: { vi: '— Thêm ngôn ngữ —', en: '— Add a language —' },
  languageOther: { vi: 'Khác (mã ISO 639-3)', en: 'Other (ISO 639-3 code)' },
  languageOtherCode: { vi: 'Mã ISO 639-3, ví dụ "rad"', en: 'ISO 639-3 code, e.g. "rad"' },
  languageOtherAdd: { vi: 'Thêm mã', en: 'Add code' },
  languageVietnamese: { vi: 'Tiếng Việt', en: 'Vietnamese' },
  languageUnknown: { vi: 'Mã khác', en: 'Other code' },
} satisfies Record<string, LocalText>

// Upload screen recovery (issue 15, uierr): a session that ended, an upload the server removed.
export const UPLOAD_RECOVERY_TEXT = {
  signInHeading: { vi: 'Đăng nhập lại để tiếp tục', en: 'Sign in again to continue' },
  signInHint: {
    vi: 'Trang này và các tệp vẫn giữ nguyên; sau khi đăng nhập, tải lên tiếp tục từ chỗ máy chủ đã nhận.',
    en: 'This page and its files stay as they are; once you are signed in, the upload continues from what the server received.',
  },
  email: { vi: 'Thư điện tử', en: 'Email' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  signInAndContinue: { vi: 'Đăng nhập và tiếp tục', en: 'Sign in and continue' },
  signInRefused: {
    vi: 'Không đăng nhập được: thư điện tử hoặc mật khẩu không đúng.',
    en: 'Could not sign in: wrong email or password.',
  },
  restartedFromZero: {
    vi: '{file}: máy chủ đã xóa phần tải dở (quá hạn hoặc đã hủy), nên tệp đang được gửi lại từ đầu.',
    en: '{file}: the server had removed the unfinished part (expired or cancelled), so the file is being sent again from the start.',
  },
} satisfies Record<string, LocalText>

// Upload screen (issue 15, ui): "Tải lên nhiều tệp" in the admin, with Uppy over tus.
export const UPLOAD_SCREEN_TEXT = {
  title: { vi: 'Tải lên nhiều tệp', en: 'Upload many files' },
  intro: {
    vi: 'Thả hoặc chọn nhiều tệp một lúc, chụp ảnh hay quay video bằng điện thoại. Tải lên tự tiếp tục khi mất mạng, và tiếp tục được cả khi đã đóng trang.',
    en: 'Drop or pick many files at once, or take photos and videos with a phone. Uploads carry on after the connection drops, and even after the page was closed.',
  },
  batchHeading: { vi: 'Thông tin chung cho cả đợt', en: 'Details for the whole batch' },
  batchHint: {
    vi: 'Điền một lần cho mọi tệp; sửa riêng từng tệp bằng nút bút chì trên tệp đó.',
    en: 'Set once for every file; adjust one file with the pencil button on it.',
  },
  caption: { vi: 'Chú thích', en: 'Caption' },
  credit: { vi: 'Nguồn, tác giả', en: 'Credit' },
  place: { vi: 'Ghi tại', en: 'Recorded at' },
  noPlace: { vi: '— chưa chọn —', en: '— none —' },
  recordedAt: { vi: 'Ghi ngày', en: 'Recorded on' },
  accessLevel: { vi: 'Mức truy cập', en: 'Access level' },
  levelPublic: { vi: 'Công khai', en: 'Public' },
  accessReason: { vi: 'Lý do hạn chế', en: 'Reason for the restriction' },
  reasonMissing: {
    vi: 'Hãy ghi lý do hạn chế: bắt buộc khi tệp không công khai.',
    en: 'Give the reason for the restriction: required unless the file is public.',
  },
  levelCommunity: { vi: 'Cộng đồng', en: 'Community' },
  levelRestricted: { vi: 'Hạn chế', en: 'Restricted' },
  unfinishedHeading: { vi: 'Tải lên chưa xong', en: 'Unfinished uploads' },
  unfinishedHint: {
    vi: 'Máy chủ còn giữ phần đã nhận của các tệp này. Chọn lại đúng tệp đó trên trình duyệt đã bắt đầu tải lên để tiếp tục từ chỗ đã dừng; tệp giữ thông tin đã điền lúc đầu. Trên máy hoặc trình duyệt khác, tệp được tải lên lại từ đầu và cần điền lại thông tin.',
    en: 'The server still holds what it received of these files. Pick the same file again in the browser where its upload began to continue where it stopped; it keeps the details given then. On another device or browser, the file is sent again from the start and needs its details again.',
  },
  received: {
    vi: 'đã nhận {sent} / {total}, giữ đến {until}; mức truy cập: {level}',
    en: '{sent} of {total} received, kept until {until}; access level: {level}',
  },
  finishedHeading: { vi: 'Đã tải lên', en: 'Uploaded' },
  openRecord: { vi: 'Mở hồ sơ tư liệu', en: 'Open the media record' },
  processing: { vi: 'Xử lý', en: 'Processing' },
  linkFromList: { vi: 'Tải lên nhiều tệp', en: 'Upload many files' },
  failed: { vi: 'Không tải lên được.', en: 'The upload failed.' },
} satisfies Record<string, LocalText>

// Upload screen, per-file progress and per-file details (issue 15, ui second pass).
export const UPLOAD_PROGRESS_TEXT = {
  heading: { vi: 'Đang gửi', en: 'Sending' },
  batch: { vi: 'Cả đợt:', en: 'Whole batch:' },
  counts: { vi: 'xong {done} / {all} tệp', en: '{done} of {all} files done' },
  timeLeft: { vi: 'còn {time}', en: '{time} left' },
  paused: { vi: 'Đã tạm dừng', en: 'Paused' },
  pause: { vi: 'Tạm dừng', en: 'Pause' },
  resume: { vi: 'Tiếp tục', en: 'Resume' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  waiting: { vi: '{count} tệp đang chờ lượt.', en: '{count} files waiting their turn.' },
  reasonOptional: {
    vi: 'Lý do hạn chế (bắt buộc trừ khi công khai)',
    en: 'Reason for the restriction (required unless public)',
  },
} satisfies Record<string, LocalText>

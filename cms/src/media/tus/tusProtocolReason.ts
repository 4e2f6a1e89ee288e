import type { LocalText } from '../../i18n/localMessage'

/**
 * @tus/server's own refusals of a malformed request (plain English text, see @tus/utils' `ERRORS`), in the
 * officer's words: the start of tus's text → the reason. Anything else is told by its status alone.
 */
const REASONS: [string, LocalText][] = [
  ['Upload-Offset header required', { vi: 'thiếu tiêu đề Upload-Offset', en: 'the Upload-Offset header is missing' }],
  ['Content-Type header required', { vi: 'thiếu tiêu đề Content-Type', en: 'the Content-Type header is missing' }],
  [
    'Upload-Offset conflict',
    {
      vi: 'vị trí gửi (Upload-Offset) không khớp phần máy chủ đã nhận; hãy hỏi lại vị trí (HEAD) rồi gửi tiếp',
      en: 'the Upload-Offset does not match what the server holds; ask it again (HEAD) and send from there',
    },
  ],
  [
    "upload's size exceeded",
    { vi: 'gửi nhiều hơn độ dài đã khai báo (Upload-Length)', en: 'more bytes than the declared Upload-Length' },
  ],
  ['Maximum size exceeded', { vi: 'tệp lớn hơn giới hạn', en: 'the file is over the limit' }],
  [
    'Upload-Length or Upload-Defer-Length',
    { vi: 'thiếu tiêu đề Upload-Length', en: 'the Upload-Length header is missing' },
  ],
  [
    'Upload-Metadata is invalid',
    {
      vi: 'Upload-Metadata sai dạng (các cặp «khóa giá-trị-base64» cách nhau bằng dấu phẩy, khóa không trùng)',
      en: 'Upload-Metadata is malformed (comma-separated "key base64-value" pairs, unique keys)',
    },
  ],
  [
    'Request aborted due to lock acquired',
    {
      vi: 'một yêu cầu khác đang gửi tệp này; hãy thử lại sau giây lát',
      en: 'another request is sending this file; try again shortly',
    },
  ],
  [
    'failed to acquire lock',
    {
      vi: 'một yêu cầu khác đang gửi tệp này; hãy thử lại sau giây lát',
      en: 'another request is sending this file; try again shortly',
    },
  ],
  [
    'Cannot terminate an already completed upload',
    { vi: 'không hủy được lượt tải lên đã xong', en: 'a finished upload cannot be cancelled' },
  ],
  [
    'Something went wrong receiving the file',
    {
      vi: 'kết nối bị ngắt khi đang nhận tệp; hãy gửi tiếp',
      en: 'the connection broke while the file arrived; send the rest',
    },
  ],
  ['Invalid ', { vi: 'tiêu đề tus không hợp lệ', en: 'an invalid tus header' }],
  [
    'Tus-Resumable Required',
    {
      vi: 'thiếu tiêu đề Tus-Resumable: 1.0.0, hoặc phiên bản tus không được hỗ trợ',
      en: 'Tus-Resumable: 1.0.0 is missing, or the tus version is not supported',
    },
  ],
  [
    'Concatenation extension',
    { vi: 'máy chủ không ghép các phần tải song song', en: 'parallel parts are not supported' },
  ],
  [
    'creation-defer-length',
    { vi: 'phải khai báo độ dài tệp (Upload-Length)', en: 'the length must be declared (Upload-Length)' },
  ],
]

/** The reason for tus's refusal `text`, or none when tus's text is not one we know. */
export function tusProtocolReason(text: string): LocalText | undefined {
  const trimmed = text.trim()
  return REASONS.find(([start]) => trimmed.startsWith(start))?.[1]
}

/** Whether tus refused a body longer than declared (413, but not the file being too big). */
export const isLongerThanDeclared = (text: string): boolean => text.trim().startsWith("upload's size exceeded")

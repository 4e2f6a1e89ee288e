import type { MediaErrorCode, Step } from '@di-san-so/media-pipeline'

import type { LocalText } from '../i18n/localMessage'

/** What the officer reads on a media record when processing failed, by the pipeline's error code. */
export const PROCESSING_ERRORS = {
  'empty-file': {
    vi: 'Tệp rỗng (0 byte). Hãy tải lên lại tệp gốc.',
    en: 'The file is empty (0 bytes). Upload the original file again.',
  },
  'unknown-type': {
    vi: 'Không nhận loại tệp này. Chỉ nhận ảnh (JPEG, PNG, WebP, AVIF, GIF, TIFF), âm thanh, video, PDF và phụ đề WebVTT.',
    en: 'This type of file is not accepted. Images (JPEG, PNG, WebP, AVIF, GIF, TIFF), audio, video, PDF and WebVTT captions are.',
  },
  'type-mismatch': {
    vi: 'Nội dung tệp không khớp với tên tệp (ví dụ tệp .mp4 nhưng thực chất là PDF). Hãy kiểm tra lại tệp.',
    en: 'The content does not match the file name (e.g. an .mp4 that is really a PDF). Check the file.',
  },
  'unsafe-content': {
    vi: 'Tệp có thể chứa mã độc (SVG, trang HTML) nên không được nhận. Hãy tải lên ảnh, bản ghi âm, video, PDF hoặc phụ đề WebVTT.',
    en: 'The file may carry script (SVG, an HTML page) and is not accepted. Upload a photo, a sound recording, a video, a PDF or WebVTT captions.',
  },
  'image-too-large': {
    vi: 'Ảnh quá lớn để xử lý an toàn (quá 200 megapixel). Hãy thu nhỏ ảnh rồi tải lên lại.',
    en: 'The image is too large to process safely (over 200 megapixels). Reduce it and upload again.',
  },
  'unsupported-codec': {
    vi: 'Không giải mã được định dạng (codec) của tệp này. Hãy chuyển sang H.264/AAC (MP4) rồi tải lên lại.',
    en: 'This file’s codec cannot be decoded. Convert it to H.264/AAC (MP4) and upload again.',
  },
  'unsupported-format': {
    vi: 'Ảnh HEIC (ảnh iPhone) chưa xử lý được. Hãy xuất ảnh sang JPEG (hoặc chọn “Tương thích nhất” trong cài đặt camera) rồi tải lên lại.',
    en: 'HEIC photos (iPhone) cannot be processed yet. Export the photo as JPEG (or choose “Most Compatible” in the camera settings) and upload again.',
  },
  corrupt: {
    vi: 'Tệp bị hỏng hoặc không đầy đủ (có thể tải lên bị gián đoạn). Hãy tải lên lại tệp gốc.',
    en: 'The file is damaged or incomplete (the upload may have been cut off). Upload the original again.',
  },
  'disk-full': {
    vi: 'Máy chủ hết dung lượng đĩa khi xử lý. Tệp gốc vẫn nguyên vẹn; hãy báo quản trị viên rồi bấm “Xử lý lại”.',
    en: 'The server ran out of disk space while processing. The original is intact; tell an administrator, then press “Process again”.',
  },
  io: {
    vi: 'Không đọc hoặc ghi được tệp trên máy chủ. Tệp gốc vẫn nguyên vẹn; hãy bấm “Xử lý lại”.',
    en: 'A file could not be read or written on the server. The original is intact; press “Process again”.',
  },
  'worker-lost': {
    vi: 'Tiến trình xử lý bị dừng nhiều lần giữa chừng. Hãy báo quản trị viên.',
    en: 'The processing worker stopped mid-way several times. Tell an administrator.',
  },
  unexpected: {
    vi: 'Lỗi không lường trước khi xử lý. Tệp gốc vẫn nguyên vẹn; hãy bấm “Xử lý lại” hoặc báo quản trị viên.',
    en: 'Unexpected error while processing. The original is intact; press “Process again” or tell an administrator.',
  },
} satisfies Record<MediaErrorCode | 'worker-lost' | 'unexpected', LocalText>

export type ProcessingErrorCode = keyof typeof PROCESSING_ERRORS

/** Names of the processing steps as the officer sees them: one for each step of the pipeline's `plan`. */
export const PROCESSING_STEPS = {
  identify: { vi: 'Nhận dạng tệp', en: 'Identifying the file' },
  probe: { vi: 'Đọc thông số kỹ thuật', en: 'Reading technical metadata' },
  checksum: { vi: 'Tính mã kiểm tra SHA-256', en: 'Computing the SHA-256 checksum' },
  images: { vi: 'Tạo ảnh cho web', en: 'Making web images' },
  'web-video': { vi: 'Tạo video MP4 xem ngay', en: 'Making the playable MP4' },
  streaming: { vi: 'Tạo luồng HLS và ảnh xem trước', en: 'Making the HLS ladder and previews' },
  audio: { vi: 'Chuẩn hoá âm lượng, sóng âm', en: 'Normalising loudness, waveform' },
  done: { vi: 'Hoàn tất', en: 'Done' },
} satisfies Record<Step, LocalText>

export type ProcessingStep = keyof typeof PROCESSING_STEPS

export const PROCESSING_STATUSES = {
  queued: { vi: 'Đang chờ xử lý', en: 'Queued' },
  processing: { vi: 'Đang xử lý', en: 'Processing' },
  retrying: { vi: 'Sẽ thử lại', en: 'Will retry' },
  done: { vi: 'Đã xử lý xong', en: 'Processed' },
  failed: { vi: 'Xử lý thất bại', en: 'Processing failed' },
} satisfies Record<string, LocalText>

export type ProcessingStatus = keyof typeof PROCESSING_STATUSES

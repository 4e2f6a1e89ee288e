export { writeAtomically } from './atomicOutput'
export { AUDIO_OUTPUTS, barHeight, LOUDNESS, makeWaveform, normalizeAudio, WAVEFORM } from './audio'
export { type ByteRange, contentRange, parseByteRange } from './byteRange'
export { deriveAudio, deriveImages, deriveStreaming, deriveWebVideo, type Files } from './derivatives'
export { type AudioStream, createFfmpeg, type FfmpegPaths, ffmpegFailure, type Probe, type VideoStream } from './ffmpeg'
export { sha256File } from './fixity'
export { HLS_LADDER, HLS_SEGMENT, type HlsResult, makeHlsLadder } from './hls'
export { IDENTIFY_HEAD_BYTES, type Identified, identify, identifyBytes, type MediaKind } from './identify'
export {
  IMAGE_FORMATS,
  IMAGE_WIDTHS,
  type ImageDerivative,
  JPEG_FALLBACK,
  MAX_INPUT_PIXELS,
  makeImageDerivatives,
} from './images'
export { type MediaErrorCode, MediaPipelineError, PERMANENT_ERRORS } from './MediaPipelineError'
export { type Manifest, type OnProgress, processFile, type Step } from './processFile'
export { displayFileName, safeFileName } from './safeFileName'
export { makeSprite, SPRITE } from './sprite'
export { makePoster, makeWebMp4, type Progress, WEB_MP4, WEB_MP4_VIDEO_OPTIONS } from './video'

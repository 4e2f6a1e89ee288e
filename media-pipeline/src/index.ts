// The media pipeline's front door: `createMediaPipeline` and the shared words (steps, roles, content types).
export { writeAtomically } from './atomicOutput'
export { AUDIO_OUTPUTS, barHeight, LOUDNESS, makeWaveform, normalizeAudio, WAVEFORM } from './audio'
export { answerRange, type ByteRange, contentRange, parseByteRange, type RangeAnswer } from './byteRange'
export { contentTypeOf, MEDIA_CONTENT_TYPES, WEB_CONTENT_TYPES } from './contentTypes'
export { createMediaPipeline, type MediaPipeline, type MediaPipelineDeps } from './createMediaPipeline'
export { DERIVE, type DeriveDeps, deriveAudio, deriveImages, deriveStreaming, deriveWebVideo } from './derivatives'
export {
  type AudioStream,
  createFfmpeg,
  type Ffmpeg,
  type FfmpegPaths,
  ffmpegFailure,
  type Probe,
  type VideoStream,
} from './ffmpeg'
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
export {
  type DerivativeStep,
  needsProbe,
  overallPercent,
  PROGRESS,
  plan,
  ROUTE_STEPS,
  type Route,
  routeOf,
  STEPS,
  type Step,
} from './plan'
export { type Manifest, type OnProgress, processFile } from './processFile'
export {
  AUDIO_ROLES,
  type DerivativeRole,
  type Files,
  IMAGE_ROLE_FORMATS,
  type ImageFormat,
  type ImageRole,
  imageRole,
  isPublishedRole,
  type NamedRole,
  PUBLISHED_NAMED_ROLES,
  type PublishedFiles,
  type PublishedRole,
  thumbnailOf,
  VIDEO_ROLES,
  widthOfRole,
} from './roles'
export { displayFileName, safeFileName } from './safeFileName'
export { makeSprite, SPRITE } from './sprite'
export { makePoster, makeWebMp4, type Progress, WEB_MP4, WEB_MP4_VIDEO_OPTIONS } from './video'

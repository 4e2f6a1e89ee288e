import { type Files, thumbnailOf } from '@di-san-so/media-pipeline/roles'

/** The admin list and pickers show the pipeline's smallest WebP (or the video poster) once it exists. */
export const pipelineThumbnail = ({ doc }: { doc: Record<string, unknown> }): string | null => {
  const small = thumbnailOf(doc.derivatives as Files | null | undefined)
  return small ? `/api/media/${doc.id}/derivatives/${small}` : null
}

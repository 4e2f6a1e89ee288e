/**
 * `admin` of an upload field pointing at media: the officer sees each file's thumbnail and caption
 * (`MediaUploadField`), not its random stored name, and picks from a library that searches captions.
 */
export const mediaPicker = {
  components: { Field: '/media/components/MediaUploadField#MediaUploadField' },
}

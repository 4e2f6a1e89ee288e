/**
 * Stands in for Payload's own "Publish" and "Unpublish" buttons on heritage items: publishing is a review
 * move, made with the review panel's "Xuất bản" (shown only to whoever may publish, and only once approved).
 */
export function NoPayloadButton() {
  return null
}

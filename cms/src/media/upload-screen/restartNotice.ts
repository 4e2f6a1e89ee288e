import type { Meta, UppyFile } from '@uppy/core'
import type Tus from '@uppy/tus'
import type { TusBody } from '@uppy/tus'

/** Only the paths are compared; relative addresses resolve against any base. */
const BASE = 'http://localhost/'

type AfterResponse = NonNullable<NonNullable<ConstructorParameters<typeof Tus>[1]>['onAfterResponse']>

/**
 * tus-js-client's `onAfterResponse` for the upload screen: when the server answers a resumed upload's HEAD
 * with 404/410 (it removed the unfinished part: expired or cancelled), tus-js-client silently starts again
 * from byte 0. This names the file, so the officer can be told why it is being sent again.
 */
export function restartNotice(files: () => UppyFile<Meta, TusBody>[], notify: (filename: string) => void) {
  return ((request, response) => {
    if (request.getMethod() !== 'HEAD') return
    const status = response.getStatus()
    if (status !== 404 && status !== 410) return
    const path = new URL(request.getURL(), BASE).pathname
    const file = files().find(
      (candidate) => candidate.tus?.uploadUrl && new URL(candidate.tus.uploadUrl, BASE).pathname === path,
    )
    notify(file?.name ?? path.split('/').pop() ?? '')
  }) satisfies AfterResponse
}

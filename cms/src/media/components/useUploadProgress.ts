'use client'
import { useSyncExternalStore } from 'react'

import { type UploadProgress, uploadProgress } from './uploadProgressStore'

/** The upload in flight (null when none), re-rendering on every progress event. */
export const useUploadProgress = (): UploadProgress | null =>
  useSyncExternalStore(uploadProgress.subscribe, uploadProgress.get, () => null)

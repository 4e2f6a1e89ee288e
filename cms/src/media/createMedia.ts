import type { CollectionConfig } from 'payload'

import { changeMedia, readMedia, updateMedia, uploadMedia } from '../access/mediaScope'
import { staffOnly } from '../access/staffOnly'
import { accessLevelFields } from '../fields/accessLevelFields'
import { culturalLabelsField } from '../fields/culturalLabelsField'
import { iso6393Field } from '../fields/iso6393Field'
import { DAY_ONLY, optionsOf } from '../fields/options'
import { translationFallbacksField } from '../fields/translationFallbacksField'
import { attachOnlyReadable } from '../hooks/attachOnlyReadable'
import { hideUnreadableRelations } from '../hooks/hideUnreadableRelations'
import { markTranslationFallbacks } from '../hooks/markTranslationFallbacks'
import { computeEffectiveAccess } from '../hooks/mediaAccess'
import { processAgain } from './endpoints/processAgain'
import { serveDerivative } from './endpoints/serveDerivative'
import { isVttFile } from './fields/isVttFile'
import { pipelineThumbnail } from './fields/pipelineThumbnail'
import { processingFields } from './fields/processingFields'
import { forKind } from './fieldsForKind'
import { guardWorkflowFields } from './hooks/guardWorkflowFields'
import { linkTusUpload } from './hooks/linkTusUpload'
import { randomizeFilename } from './hooks/randomizeFilename'
import { removeMediaFiles } from './hooks/removeMediaFiles'
import { removeUploadTemp } from './hooks/removeUploadTemp'
import { removeUploadTempOnError } from './hooks/removeUploadTempOnError'
import { setKindFromFile } from './hooks/setKindFromFile'
import { showFileName } from './hooks/showFileName'
import { refuseFilesNotSent, refuseUnsafeUploads } from './hooks/uploadGuard'
import { MEDIA_KINDS } from './kinds'
import { queueProcessing } from './queue'
import { originalHeaders } from './upload/originalHeaders'
import { staffOnlyOriginals } from './upload/staffOnlyOriginals'

/**
 * Uploaded files, kept as uploaded (the original is never modified) under `staticDir`. Each new file
 * queues the media workflow, which writes derivatives under `derivativesDir/<id>/` and shows its
 * progress on the record; derivatives are served with the same access rules as the original.
 */
export const createMedia = ({
  staticDir,
  derivativesDir,
}: {
  staticDir: string
  derivativesDir: string
}): CollectionConfig => ({
  slug: 'media',
  labels: { singular: { vi: 'Tư liệu', en: 'Media' }, plural: { vi: 'Tư liệu (ảnh, âm thanh, video)', en: 'Media' } },
  admin: {
    // Officers know a file by its caption, else by the name they uploaded (the stored name is random): the
    // list, the library picker and the item's media field show it beside the thumbnail (`MediaTitleCell`).
    useAsTitle: 'caption',
    listSearchableFields: ['caption', 'originalFilename'],
    defaultColumns: ['caption', 'kind', 'originalFilename', 'processing', 'accessLevel'],
    group: { vi: 'Hồ sơ', en: 'Records' },
    components: { beforeListTable: ['/media/upload-screen/UploadManyLink#UploadManyLink'] },
  },
  access: {
    // Public files to all; staff also the files of their provinces and their uploads; admins all — on the API,
    // the original's URL and the derivatives alike (`mediaScope.ts`). Editors and contributors upload; editors
    // change and delete their own files, contributors change their uploads that only their own records use.
    read: readMedia,
    create: uploadMedia,
    update: updateMedia,
    delete: changeMedia,
  },
  upload: {
    staticDir,
    adminThumbnail: pipelineThumbnail,
    // No MIME list: Payload would judge by the browser's claim (often application/octet-stream for a camera
    // file). We judge by the bytes (refuseUnsafeUploads, then the workflow) and say why in Vietnamese.
    allowRestrictedFileTypes: true,
    // Derivatives come from the media pipeline, never at upload: an upload is stored at once, as sent.
    crop: false,
    focalPoint: false,
    // Originals: staff only, never sniffed, sandboxed, and a download unless picture or sound.
    handlers: [staffOnlyOriginals],
    modifyResponseHeaders: originalHeaders,
    // Never fetch a file from a URL on the server's behalf: bytes come in the upload, through the guard.
    pasteURL: false,
  },
  custom: { derivativesDir },
  endpoints: [serveDerivative, processAgain],
  hooks: {
    beforeOperation: [refuseUnsafeUploads, randomizeFilename],
    beforeValidate: [refuseFilesNotSent],
    beforeChange: [
      setKindFromFile,
      guardWorkflowFields,
      attachOnlyReadable([{ array: 'captions', field: 'file', collection: 'media' }]),
      computeEffectiveAccess,
      // Last: the record is accepted; a finished tus upload is linked into place (issue 15).
      linkTusUpload,
    ],
    afterChange: [queueProcessing],
    afterDelete: [removeMediaFiles],
    afterOperation: [removeUploadTemp],
    afterError: [removeUploadTempOnError],
    beforeRead: [markTranslationFallbacks],
    afterRead: [hideUnreadableRelations([{ array: 'captions', field: 'file', collection: 'media' }])],
  },
  fields: [
    {
      // Saving with a file shows percent, speed and time left; the file input offers camera and gallery.
      name: 'uploadProgress',
      type: 'ui',
      admin: { components: { Field: '/media/components/UploadProgressField#UploadProgressField' } },
    },
    {
      name: 'kind',
      type: 'select',
      label: { vi: 'Loại', en: 'Kind' },
      options: optionsOf(MEDIA_KINDS),
      admin: {
        position: 'sidebar',
        description: { vi: 'Để trống: tự nhận theo tệp', en: 'Leave empty to detect from the file' },
      },
    },
    {
      name: 'caption',
      type: 'textarea',
      localized: true,
      label: { vi: 'Chú thích', en: 'Caption' },
      admin: { components: { Cell: '/media/components/MediaTitleCell#MediaTitleCell' } },
    },
    { name: 'credit', type: 'text', localized: true, label: { vi: 'Nguồn, tác giả', en: 'Credit' } },
    {
      type: 'row',
      fields: [
        {
          name: 'recordedAt',
          type: 'date',
          label: { vi: 'Ghi lúc', en: 'Recorded on' },
          admin: DAY_ONLY,
        },
        { name: 'recordedBy', type: 'text', label: { vi: 'Người ghi', en: 'Recorded by' } },
      ],
    },
    {
      name: 'recordedWhere',
      type: 'relationship',
      relationTo: 'places',
      label: { vi: 'Ghi tại', en: 'Recorded at' },
      admin: forKind('recordedWhere', 'relationship'),
    },
    iso6393Field({
      name: 'languages',
      hasMany: true,
      admin: forKind('languages', 'language'),
      label: { vi: 'Ngôn ngữ sử dụng', en: 'Languages spoken' },
    }),
    {
      name: 'transcript',
      type: 'textarea',
      localized: true,
      label: { vi: 'Lời, bản ghi chép', en: 'Transcript' },
      admin: forKind('transcript', 'textarea'),
    },
    {
      name: 'captions',
      type: 'array',
      admin: forKind('captions', 'array'),
      label: { vi: 'Phụ đề (WebVTT)', en: 'Captions (WebVTT)' },
      labels: { singular: { vi: 'Phụ đề', en: 'Caption track' }, plural: { vi: 'Phụ đề', en: 'Caption tracks' } },
      fields: [
        iso6393Field({ name: 'language', required: true, picker: true, label: { vi: 'Ngôn ngữ', en: 'Language' } }),
        {
          name: 'file',
          type: 'upload',
          relationTo: 'media',
          required: true,
          label: { vi: 'Tệp .vtt', en: '.vtt file' },
          filterOptions: { filename: { like: '.vtt' } },
          validate: isVttFile,
        },
      ],
    },
    culturalLabelsField(),
    ...accessLevelFields(),
    {
      name: 'effectiveAccess',
      type: 'select',
      index: true,
      label: { vi: 'Mức truy cập thực tế', en: 'Effective access' },
      options: [
        { value: 'public', label: { vi: 'Công khai', en: 'Public' } },
        { value: 'community', label: { vi: 'Chỉ cộng đồng', en: 'Community only' } },
        { value: 'restricted', label: { vi: 'Hạn chế', en: 'Restricted' } },
      ],
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          vi: 'Không bao giờ mở hơn mức của tệp, cũng không mở hơn hồ sơ đã xuất bản mở nhất dùng tệp này',
          en: 'Never more open than the file’s own level, nor than the most open published record using it',
        },
      },
    },
    {
      name: 'originalFilename',
      type: 'text',
      label: { vi: 'Tên tệp gốc', en: 'Original file name' },
      access: { read: staffOnly },
      hooks: { afterRead: [showFileName] },
      admin: { position: 'sidebar', readOnly: true },
    },
    ...processingFields,
    translationFallbacksField(),
  ],
})

import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { mediaDir } from '../config/mediaDir'
import { localizedText } from '../fields/localized'
import { ALLOWED_IMAGE_FORMATS, IMAGE_MIME_TYPES, sanitizeSvgUpload } from '../uploads/svgUpload'
import { REFERENCE } from './groups'

/**
 * Images (network logos and the like). Alt text is a group of two required texts rather than one
 * localized field: a save writes one locale at a time, so a localized field cannot demand the
 * other language, while the group guarantees both on every upload.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { de: 'Bild', en: 'Image' },
    plural: { de: 'Bilder', en: 'Images' },
  },
  graphQL: { singularName: 'Medium', pluralName: 'Media' },
  admin: { group: { ...REFERENCE }, defaultColumns: ['filename', 'alt', 'updatedAt'], description: { ...ALLOWED_IMAGE_FORMATS } },
  hooks: { beforeOperation: [sanitizeSvgUpload] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: IMAGE_MIME_TYPES,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, fit: 'inside', withoutEnlargement: true },
      { name: 'card', width: 768, withoutEnlargement: true },
      { name: 'large', width: 1600, withoutEnlargement: true },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'group',
      label: { de: 'Alternativtext', en: 'Alt text' },
      admin: {
        description: {
          de: 'Beschreibt das Bild für Menschen, die es nicht sehen – in beiden Sprachen.',
          en: 'Describes the image for people who cannot see it – in both languages.',
        },
      },
      fields: [
        { name: 'de', type: 'text', required: true, label: { de: 'Deutsch', en: 'German' } },
        { name: 'en', type: 'text', required: true, label: { de: 'Englisch', en: 'English' } },
      ],
    },
    localizedText({ name: 'credit', label: { de: 'Bildnachweis', en: 'Credit' } }),
  ],
}

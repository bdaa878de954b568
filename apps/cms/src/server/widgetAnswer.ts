import type { WidgetFile } from '../embed/widgetFiles'
import { isFresh } from '../public/http/cache'
import type { FastRoute } from './frontListener'
import { bodySent, keepAnswer, type Prepared, recordAnswer, sendReplay } from './replay'
import { requestShape, ShapeTable } from './requestShape'
import { findWidgetFile, sendWidgetFile } from './widgetAssets'

/** A widget file as the app's middleware and `sendWidgetFile` sent it to requests of one shape. */
type PreparedFile = Prepared & { file: WidgetFile }

/** Files times encodings times a few header variants; past this the table starts over. */
const MAX_SHAPES = 1024

/**
 * GET and HEAD of the built widget files from memory, in front of Express. The first request of
 * each shape (requestShape) runs the app's middleware and `sendWidgetFile`, the Express route's
 * own code; later ones replay its status, headers and bytes while the build is the same.
 */
export function widgetAnswer(): FastRoute['answer'] {
  const prepared = new ShapeTable<PreparedFile>(MAX_SHAPES)
  return (req, res, url, front) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const found = findWidgetFile(url)
    if (!found) return false
    const shape = requestShape(req)
    const known = prepared.get(shape)
    const entry = known?.file === found.file ? known : { file: found.file }
    const fresh = isFresh(req, found.file.etag)
    const replay = fresh ? entry.notModified : entry.full
    if (replay) {
      sendReplay(res, replay)
      front.sent(req, res)
      return true
    }
    const [request, response] = front.adopt(req, res)
    front.all(request, response)
    sendWidgetFile(request, response, found)
    const body = bodySent(response, found.file, req.method === 'HEAD')
    if (body !== false && keepAnswer(entry, recordAnswer(response, body))) prepared.set(shape, entry)
    return true
  }
}

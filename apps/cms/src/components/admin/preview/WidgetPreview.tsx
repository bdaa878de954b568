import { widgetBundle } from '../../../embed/widgetBundle'
import WidgetPreviewDialog from './WidgetPreviewDialog'

/** "Preview as widget" in the edit view of networks and tandems; the bundle it loads is the served one. */
export default function WidgetPreview() {
  const { hashedName, integrity } = widgetBundle()
  return <WidgetPreviewDialog bundle={{ hashedName, integrity }} />
}

// Moved to cms/src/publication/siteRebuild.ts (issue 14); kept so existing imports work until they move.
export {
  queueSiteRebuild,
  rebuildAfterDelete,
  rebuildAfterPublish,
  rebuildSiteTask,
  SITE_QUEUE,
} from '../publication/siteRebuild'

export {
  validatePlacementNotification,
  type PlacementNotificationProblem,
  type PlacementNotificationResult,
  type ValidPlacementNotificationResult,
  type InvalidPlacementNotificationResult,
} from './validate-placement-notification.js';
export { placementItems, recordUpdateItem, type NotificationItem } from './items.js';
export type { PlacementNotificationRecipient } from './follow-on-steps.js';

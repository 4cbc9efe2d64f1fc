export { validatePlacementNotification, type PlacementNotificationProblem, type PlacementNotificationResult } from './validate-placement-notification.js';
export { placementItems, recordUpdateItem, type NotificationItem } from './items.js';

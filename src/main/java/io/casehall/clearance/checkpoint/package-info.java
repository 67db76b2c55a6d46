/** Checkpoints: reading them from the deployed model with their staff groups, who may act at them, and the on-site work there (deciding one or many students, the final hand-over of certificates). */
package io.casehall.clearance.checkpoint;

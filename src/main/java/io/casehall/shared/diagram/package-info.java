/**
 * Pictures of the deployed BPMN models: the diagram interchange of a process definition drawn as SVG, so that
 * the service guides show the procedure an administrator last deployed, not a static image.
 */
package io.casehall.shared.diagram;

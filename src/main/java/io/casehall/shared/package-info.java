/**
 * Cross-cutting building blocks every procedure uses: notification, documents, spreadsheets,
 * numbering, masking, identity-number checks, audit and the web error model.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.casehall.shared;

/** Delegates of the qualification models: thin adapters from process variables to the module's services. */
package io.casehall.qualification.process;

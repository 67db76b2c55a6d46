/**
 * The graduate registry (毕业生库): staff import it from Excel; real-name verification matches name, ID
 * number and student number against it. {@link io.casehall.account.registry.GraduateRegistryService} is its API.
 */
package io.casehall.account.registry;

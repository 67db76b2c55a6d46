/**
 * National reference data shared by the procedures: administrative divisions (GB/T 2260), ethnic groups
 * (GB/T 3304), political status (GB/T 4762), marital and childbearing status, and the place selects.
 */
package io.casehall.shared.reference;

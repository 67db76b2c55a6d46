/**
 * Graduate qualification review (P4, 毕业生资格审查): the employment office's campaigns and their windows, the
 * graduates' check of their source data, the colleges' decisions on sensitive changes and their report.
 */
package io.casehall.qualification;

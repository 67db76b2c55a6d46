/**
 * Conversion rules (转换规则管理): an institution's rules that convert any institution's achievements into its own
 * majors and courses — drafted, published (only with a published conversion method), withdrawn, edited and deleted —
 * the rules of others that use its achievements (与我相关), and the portal's public list of published rules.
 */
package io.casehall.creditbank.rule;

/** The delegates and listeners of {@code processes/archive-deposit.bpmn}, and what they do to the case file. */
package io.casehall.deposit.process;

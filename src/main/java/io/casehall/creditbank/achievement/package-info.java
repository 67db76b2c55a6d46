/**
 * Institution achievements (机构成果管理): an institution stores, imports, exports and deletes the achievements it
 * awards, and asks the credit bank's own staff to recognise them ({@code processes/achievement-recognition.bpmn}).
 */
package io.casehall.creditbank.achievement;

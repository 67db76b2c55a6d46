/**
 * Browser journeys: the application walked in headless Chromium the way its users walk it, each journey at
 * 1280×800 and at 390×844 (phone). Run with {@code mvn verify -Pbrowser}; skipped when Debian's chromium and
 * chromium-driver are not installed.
 *
 * <h2>Adding a journey</h2>
 * <ol>
 *   <li>A class {@code XxxJourneyTest extends BrowserJourney} in this package (it is tagged {@code browser}, so
 *   only the profile runs it, and shares the one Spring context: add no context configuration).</li>
 *   <li>One method per journey, annotated {@link io.casehall.browser.Journey} and {@code @DisplayName} in Chinese,
 *   taking the {@link io.casehall.browser.Viewport}.</li>
 *   <li>Set up data through services or the test helpers ({@code TestApplicants}, {@code GraduateRegistryRows},
 *   {@code UniqueData}, {@code TestIdNumbers}); staff accounts a journey needs are made with
 *   {@code newStaff(prefix, name, groups…)}. Then act only through the browser: {@code applicant(viewport)}
 *   for the portal, {@code staff(user, password)} / {@code admin()} for the console and Tasklist.</li>
 *   <li>Name each step in Chinese with {@code step("…")} and act as a person would: {@code open}, {@code press}
 *   (button or link text), {@code fill}/{@code select}/{@code choose}/{@code tick}/{@code upload} (by label),
 *   {@code see}. Every page loaded is checked for sideways overflow on the phone.</li>
 *   <li>Put what more journeys need (a page that several journeys use) into {@link io.casehall.browser.Portal},
 *   {@link io.casehall.browser.StaffConsole}, {@link io.casehall.browser.Tasklist} or a page's own helper such as
 *   {@link io.casehall.browser.CheckpointDesk} (离校现场办理).</li>
 * </ol>
 */
package io.casehall.browser;

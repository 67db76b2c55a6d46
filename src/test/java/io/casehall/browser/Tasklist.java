package io.casehall.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda Tasklist (an Angular app that loads its parts one after another): every step waits for what it needs
 * to be on screen. Opens tasks from the list, claims them (认领), fills their Camunda Form and completes them
 * (完成).
 */
public final class Tasklist {

    private static final Duration FIRST_LOAD = Duration.ofSeconds(120);

    private final Window window;

    Tasklist(Window window) {
        this.window = window;
    }

    public Window window() {
        return window;
    }

    /** Waits until the list of the chosen filter has been loaded (with tasks or none). */
    Tasklist waitForList() {
        window.wait(d -> window.path().contains("/camunda/app/tasklist/"), "Tasklist");
        // A browser opening Tasklist for the first time loads and parses its bundle: on a busy machine, slow.
        window.wait(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[cam-tasks], .tasks-list, .no-tasks, div[cam-tasklist-tasks]")),
                "Tasklist's task list", FIRST_LOAD);
        window.wait(d -> !d.findElements(By.cssSelector("ol.tasks-list li.task")).isEmpty()
                || window.text().contains("没有任何任务") || window.text().contains("没有任务")
                || window.text().contains("No tasks"), "the tasks of the filter");
        window.shot();
        return this;
    }

    /** The cards of the list, as their visible text. */
    public java.util.List<String> cards() {
        return window.driver().findElements(By.cssSelector("ol.tasks-list li.task")).stream()
                .map(WebElement::getText).toList();
    }

    /**
     * Opens the card of this task; the card must show the task's name and each of {@code shown} (such as the
     * applicant's name: a card tells whose case it is). The card is found by the task it links to.
     */
    public Tasklist openTask(String taskName, String taskId, String... shown) {
        window.step("在任务列表中打开「" + taskName + "」");
        By card = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
                + "[.//h4//a[contains(@href,'task=" + taskId + "')]]");
        String text = window.waitFor(card, "the card of task " + taskId + " (" + taskName + ")").getText();
        assertThat(text).as("the task card").contains(taskName);
        if (shown.length > 0) {
            assertThat(text).as("the task card").contains(shown);
        }
        WebElement link = window.driver().findElement(card).findElement(By.cssSelector("h4 a"));
        window.clickElement(link);
        window.waitFor(By.cssSelector("[cam-tasklist-task] .names h2, .task-details h2, view[cam-tasklist-task]"),
                "the task to open");
        window.see(taskName).shot();
        return this;
    }

    /** 认领: the task becomes this person's (the form can be submitted only then). */
    public Tasklist claim() {
        window.step("认领任务").click("认领");
        window.wait(d -> d.findElements(By.cssSelector("button.claim")).stream().noneMatch(WebElement::isDisplayed),
                "the task to be claimed");
        window.shot();
        return this;
    }

    /** Waits for the task's Camunda Form and returns the window to fill it by labels. */
    public Window form() {
        window.waitFor(By.cssSelector(".fjs-container, form[name='tasklistForm'], .fjs-form"), "the task's form");
        return window;
    }

    /** 完成: submits the form; waits until the task has left the list. */
    public Tasklist complete(String taskId) {
        window.step("完成任务");
        pressComplete();
        window.wait(d -> d.findElements(By.cssSelector("ol.tasks-list li.task h4 a[href*='task=" + taskId + "']"))
                .isEmpty(), "the task to leave the list after 完成");
        window.shot();
        return this;
    }

    /**
     * 完成 where the procedure refuses the form: Tasklist shows the refusal as staff should read it (this text,
     * no engine codes or exception names) and the task stays open.
     */
    public Tasklist completeRefused(String taskId, String message) {
        window.step("完成任务（应被拒绝）");
        pressComplete();
        window.see(message).shot();
        String shown = window.text();
        assertThat(shown).as("the refusal as Tasklist shows it").doesNotContain("ENGINE-", "Exception", "TaskListener");
        assertThat(window.driver().findElements(By.cssSelector("ol.tasks-list li.task h4 a[href*='task=" + taskId + "']")))
                .as("the refused task stays in the list").isNotEmpty();
        return this;
    }

    private void pressComplete() {
        window.js("const done = [...document.querySelectorAll('button')].find(b => b.innerText.trim()"
                + " === '完成'); if (done) done.scrollIntoView({block: 'center'});");
        window.shot().click("完成");
    }
}

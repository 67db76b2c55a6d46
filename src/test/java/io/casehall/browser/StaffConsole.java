package io.casehall.browser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The staff side: the console (工作台) and, from its queues, Tasklist. Always at the desktop size. */
public final class StaffConsole {

    private static final Pattern CODE = Pattern.compile("验证码是 ?(\\d{6})");

    private final Window window;

    StaffConsole(Window window) {
        this.window = window;
    }

    public Window window() {
        return window;
    }

    /** Signs in on 工作人员登录 (after forgetting whoever used this browser before). */
    StaffConsole login(String user, String password) {
        window.forgetSession();
        window.step("工作人员登录 " + user).open("/staff/login").fill("用户名", user).fill("密码", password).press("登录");
        window.wait(d -> !window.path().startsWith("/staff/login"), "the staff console after signing in");
        return this;
    }

    /**
     * The six-digit code last sent to this phone number or e-mail address, read in 发件箱 (where the test
     * profile's SMS and e-mail gateways keep what they would send). Needs the administrator.
     */
    public String codeSentTo(String address) {
        window.step("在发件箱读取发给 " + address + " 的验证码");
        return window.wait(d -> {
            window.open("/staff/admin/outbox");
            @SuppressWarnings("unchecked")
            List<String> bodies = (List<String>) window.js("""
                    const address = arguments[0];
                    return [...document.querySelectorAll('tbody tr')]
                        .filter(tr => tr.cells.length >= 4 && tr.cells[2].innerText.trim() === address)
                        .map(tr => tr.cells[3].innerText);""", address);
            for (String body : bodies) {
                Matcher code = CODE.matcher(body);
                if (code.find()) {
                    return code.group(1);
                }
            }
            return null;
        }, "a code sent to " + address + " in 发件箱");
    }

    /** Opens a queue of 我的队列 (by its name, e.g. 实名认证审核) in Tasklist. */
    public Tasklist openQueue(String queueName) {
        window.step("打开队列「" + queueName + "」").open("/staff").see(queueName);
        window.pressNear("在任务列表中打开", queueName);
        return new Tasklist(window).waitForList();
    }

    /**
     * 离校办理 → the plan's link to one of this person's checkpoints (e.g. 图书馆): the checkpoint's 现场办理 page.
     */
    public CheckpointDesk openCheckpoint(String planName, String checkpointName) {
        window.step("打开「离校办理」，进入方案「" + planName + "」的「" + checkpointName + "」").open("/staff")
                .press("离校办理").see(planName);
        window.pressNear(checkpointName, planName);
        return new CheckpointDesk(window).expect(planName, checkpointName);
    }

    /** Opens Tasklist from the menu (任务列表). */
    public Tasklist openTasklist() {
        window.step("打开任务列表").open("/staff").press("任务列表");
        return new Tasklist(window).waitForList();
    }
}

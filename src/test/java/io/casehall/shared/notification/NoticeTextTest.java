package io.casehall.shared.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A staff opinion ending in "。" inside a template sentence does not double the punctuation. */
class NoticeTextTest {

    @Test
    void doubledChinesePunctuationKeepsOneMark() {
        assertThat(NoticeText.tidy("成绩：89分。。请核对。")).isEqualTo("成绩：89分。请核对。");
        assertThat(NoticeText.tidy("原因：照片模糊！。")).isEqualTo("原因：照片模糊！");
        assertThat(NoticeText.tidy("需要修改：请补充，。")).isEqualTo("需要修改：请补充，");
        assertThat(NoticeText.tidy("Version 1.2. Done.")).isEqualTo("Version 1.2. Done.");
    }
}

package io.casehall.archive;

/** Which study stage's materials are asked for (本专科 / 硕士研究生 / 博士研究生阶段材料). */
public enum StudyStage {
    UNDERGRADUATE, MASTER, DOCTORAL
}

package io.github.jiguan.examples.cli.demo;

import io.github.jiguan.core.finding.Language;

/** The three audits the demo runs, each with the findings file it writes. */
public enum Audit {
    /** 派车单与轨迹核对: core's reconciliation of dispatch orders with the stored trajectories. */
    RECONCILE("派车单与轨迹核对", "dispatch orders against trajectories", "reconcile-findings.csv"),
    /** 办公用房检查: standards' office audit of the example ledger. */
    OFFICE("办公用房检查", "office space", "office-findings.csv"),
    /** 公务用车配备与油耗: standards' vehicle audit and the fuel disclosure's anomalies. */
    VEHICLES("公务用车配备与油耗", "vehicles and fuel", "vehicle-findings.csv");

    private final String chineseName;
    private final String englishName;
    private final String file;

    Audit(String chineseName, String englishName, String file) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.file = file;
    }

    /** The name in {@code language}. */
    public String name(Language language) {
        return language.pick(chineseName, englishName);
    }

    /** The findings file of this audit in the report directory. */
    public String file() {
        return file;
    }
}

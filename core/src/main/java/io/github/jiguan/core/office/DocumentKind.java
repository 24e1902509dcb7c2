package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;

/** 档案类别: the documents of a unit's and a property's file. */
public enum DocumentKind {
    /** 调配批复: the approval allocating space to a unit. */
    ALLOCATION_APPROVAL("调配批复", "allocation approval"),
    /** 使用协议: the use agreement between the bureau and the user unit. */
    USE_AGREEMENT("使用协议", "use agreement"),
    /** 分配使用凭证: the certificate of allocation and use. */
    ALLOCATION_CERTIFICATE("分配使用凭证", "allocation certificate"),
    /** 不动产权证书: the property title certificate. */
    TITLE_CERTIFICATE("不动产权证书", "title certificate"),
    /** 备案材料: the filing of a property that cannot be registered. */
    FILING("备案材料", "filing record"),
    /** 测绘报告: the survey report. */
    SURVEY("测绘报告", "survey report"),
    /** 安全鉴定报告: the safety or seismic appraisal report. */
    SAFETY_APPRAISAL("安全鉴定报告", "safety appraisal report"),
    /** 出租出借审批: the approval of a lease out. */
    LEASE_APPROVAL("出租出借审批", "lease approval"),
    /** 租用审批: the approval of a lease in. */
    LEASE_IN_APPROVAL("租用审批", "lease-in approval"),
    /** 维修审批: the approval of a major or medium repair project. */
    REPAIR_APPROVAL("维修审批", "repair approval"),
    /** 技术用房标准文件: the standard document a technical room is built or leased to. */
    TECHNICAL_STANDARD("技术用房标准文件", "technical-room standard"),
    /** 处置批复: the approval of a disposal (transfer, exchange, demolition, sale). */
    DISPOSAL("处置批复", "disposal approval");

    private final String chineseName;
    private final String englishName;

    DocumentKind(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** The English name, such as "use agreement". */
    public String englishName() {
        return englishName;
    }

    /** The Chinese name. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a value from its code (any case) or its Chinese name. */
    public static DocumentKind parse(String text) {
        return Checks.code("document kind", DocumentKind.class, text, DocumentKind::chineseName);
    }
}

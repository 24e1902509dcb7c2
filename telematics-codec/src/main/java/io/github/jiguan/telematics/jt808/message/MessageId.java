package io.github.jiguan.telematics.jt808.message;

import java.util.Optional;

/**
 * The message ids of JT/T 808 (2013 and 2019 editions). Each constant's Javadoc gives the hex id,
 * the Chinese name and the clause of the standard (clause numbers of the 2013 edition; messages the
 * 2019 edition added or removed are marked). Ids 0x8000 and up are sent by the platform, the others
 * by the terminal. A message id outside this table (a vendor's, or JT/T 1078 video) is not an
 * error: it has no constant here and decodes to its header and raw body.
 */
public enum MessageId {
    /** 0x0001 终端通用应答; JT/T 808-2013 §8.1. */
    TERMINAL_GENERAL_RESPONSE(0x0001),
    /** 0x8001 平台通用应答; JT/T 808-2013 §8.2. */
    PLATFORM_GENERAL_RESPONSE(0x8001),
    /** 0x0002 终端心跳; JT/T 808-2013 §8.3. */
    HEARTBEAT(0x0002),
    /** 0x0003 终端注销; JT/T 808-2013 §8.7. */
    TERMINAL_LOGOUT(0x0003),
    /** 0x0004 查询服务器时间请求; JT/T 808-2019, added in that edition. */
    QUERY_SERVER_TIME(0x0004),
    /** 0x8004 查询服务器时间应答; JT/T 808-2019, added in that edition. */
    SERVER_TIME_RESPONSE(0x8004),
    /** 0x8003 补传分包请求 (服务器补传分包请求); JT/T 808-2013 §8.4. */
    RETRANSMIT_REQUEST(0x8003),
    /** 0x0005 终端补传分包请求; JT/T 808-2019, added in that edition. */
    TERMINAL_RETRANSMIT_REQUEST(0x0005),
    /** 0x0100 终端注册; JT/T 808-2013 §8.5. */
    TERMINAL_REGISTER(0x0100),
    /** 0x8100 终端注册应答; JT/T 808-2013 §8.6. */
    REGISTER_RESPONSE(0x8100),
    /** 0x0102 终端鉴权; JT/T 808-2013 §8.8. */
    TERMINAL_AUTHENTICATION(0x0102),
    /** 0x8103 设置终端参数; JT/T 808-2013 §8.9. */
    SET_PARAMETERS(0x8103),
    /** 0x8104 查询终端参数; JT/T 808-2013 §8.10. */
    QUERY_PARAMETERS(0x8104),
    /** 0x0104 查询终端参数应答; JT/T 808-2013 §8.11. */
    QUERY_PARAMETERS_RESPONSE(0x0104),
    /** 0x8105 终端控制; JT/T 808-2013 §8.12. */
    TERMINAL_CONTROL(0x8105),
    /** 0x8106 查询指定终端参数; JT/T 808-2013 §8.13. */
    QUERY_SPECIFIED_PARAMETERS(0x8106),
    /** 0x8107 查询终端属性; JT/T 808-2013 §8.14. */
    QUERY_ATTRIBUTES(0x8107),
    /** 0x0107 查询终端属性应答; JT/T 808-2013 §8.15. */
    QUERY_ATTRIBUTES_RESPONSE(0x0107),
    /** 0x8108 下发终端升级包; JT/T 808-2013 §8.16. */
    UPGRADE_PACKAGE(0x8108),
    /** 0x0108 终端升级结果通知; JT/T 808-2013 §8.17. */
    UPGRADE_RESULT(0x0108),
    /** 0x0200 位置信息汇报; JT/T 808-2013 §8.18. */
    LOCATION_REPORT(0x0200),
    /** 0x8201 位置信息查询; JT/T 808-2013 §8.19. */
    LOCATION_QUERY(0x8201),
    /** 0x0201 位置信息查询应答; JT/T 808-2013 §8.20. */
    LOCATION_QUERY_RESPONSE(0x0201),
    /** 0x8202 临时位置跟踪控制; JT/T 808-2013 §8.21. */
    TEMPORARY_TRACKING(0x8202),
    /** 0x8203 人工确认报警消息; JT/T 808-2013 §8.22. */
    ALARM_CONFIRMATION(0x8203),
    /** 0x8204 链路检测; JT/T 808-2019, added in that edition. */
    LINK_CHECK(0x8204),
    /** 0x8300 文本信息下发; JT/T 808-2013 §8.23. */
    TEXT_MESSAGE(0x8300),
    /** 0x8301 事件设置; JT/T 808-2013 §8.24, removed in 2019. */
    EVENT_SETTING(0x8301),
    /** 0x0301 事件报告; JT/T 808-2013 §8.25, removed in 2019. */
    EVENT_REPORT(0x0301),
    /** 0x8302 提问下发; JT/T 808-2013 §8.26, removed in 2019. */
    QUESTION(0x8302),
    /** 0x0302 提问应答; JT/T 808-2013 §8.27, removed in 2019. */
    QUESTION_ANSWER(0x0302),
    /** 0x8303 信息点播菜单设置; JT/T 808-2013 §8.28, removed in 2019. */
    INFORMATION_MENU(0x8303),
    /** 0x0303 信息点播/取消; JT/T 808-2013 §8.29, removed in 2019. */
    INFORMATION_DEMAND(0x0303),
    /** 0x8304 信息服务; JT/T 808-2013 §8.30, removed in 2019. */
    INFORMATION_SERVICE(0x8304),
    /** 0x8400 电话回拨; JT/T 808-2013 §8.31. */
    CALL_BACK(0x8400),
    /** 0x8401 设置电话本; JT/T 808-2013 §8.32. */
    PHONE_BOOK(0x8401),
    /** 0x8500 车辆控制; JT/T 808-2013 §8.33. */
    VEHICLE_CONTROL(0x8500),
    /** 0x0500 车辆控制应答; JT/T 808-2013 §8.34. */
    VEHICLE_CONTROL_RESPONSE(0x0500),
    /** 0x8600 设置圆形区域; JT/T 808-2013 §8.35. */
    SET_CIRCLE_AREA(0x8600),
    /** 0x8601 删除圆形区域; JT/T 808-2013 §8.36. */
    DELETE_CIRCLE_AREA(0x8601),
    /** 0x8602 设置矩形区域; JT/T 808-2013 §8.37. */
    SET_RECTANGLE_AREA(0x8602),
    /** 0x8603 删除矩形区域; JT/T 808-2013 §8.38. */
    DELETE_RECTANGLE_AREA(0x8603),
    /** 0x8604 设置多边形区域; JT/T 808-2013 §8.39. */
    SET_POLYGON_AREA(0x8604),
    /** 0x8605 删除多边形区域; JT/T 808-2013 §8.40. */
    DELETE_POLYGON_AREA(0x8605),
    /** 0x8606 设置路线; JT/T 808-2013 §8.41. */
    SET_ROUTE(0x8606),
    /** 0x8607 删除路线; JT/T 808-2013 §8.42. */
    DELETE_ROUTE(0x8607),
    /** 0x8608 查询区域或线路数据; JT/T 808-2019, added in that edition. */
    QUERY_AREAS(0x8608),
    /** 0x0608 查询区域或线路数据应答; JT/T 808-2019, added in that edition. */
    QUERY_AREAS_RESPONSE(0x0608),
    /** 0x8700 行驶记录数据采集命令; JT/T 808-2013 §8.43. */
    DRIVING_RECORDER_QUERY(0x8700),
    /** 0x0700 行驶记录数据上传; JT/T 808-2013 §8.44. */
    DRIVING_RECORDER_UPLOAD(0x0700),
    /** 0x8701 行驶记录参数下传命令; JT/T 808-2013 §8.45. */
    DRIVING_RECORDER_PARAMETERS(0x8701),
    /** 0x0701 电子运单上报; JT/T 808-2013 §8.46. */
    WAYBILL_REPORT(0x0701),
    /** 0x8702 上报驾驶员身份信息请求; JT/T 808-2013 §8.47. */
    DRIVER_IDENTITY_REQUEST(0x8702),
    /** 0x0702 驾驶员身份信息采集上报; JT/T 808-2013 §8.48. */
    DRIVER_IDENTITY_REPORT(0x0702),
    /** 0x0704 定位数据批量上传; JT/T 808-2013 §8.49. */
    BATCH_LOCATION_UPLOAD(0x0704),
    /** 0x0705 CAN 总线数据上传; JT/T 808-2013 §8.50. */
    CAN_BUS_UPLOAD(0x0705),
    /** 0x0800 多媒体事件信息上传; JT/T 808-2013 §8.51. */
    MULTIMEDIA_EVENT(0x0800),
    /** 0x0801 多媒体数据上传; JT/T 808-2013 §8.52. */
    MULTIMEDIA_DATA(0x0801),
    /** 0x8800 多媒体数据上传应答; JT/T 808-2013 §8.53. */
    MULTIMEDIA_DATA_RESPONSE(0x8800),
    /** 0x8801 摄像头立即拍摄命令; JT/T 808-2013 §8.54. */
    CAMERA_SHOT(0x8801),
    /** 0x0805 摄像头立即拍摄命令应答; JT/T 808-2013 §8.55. */
    CAMERA_SHOT_RESPONSE(0x0805),
    /** 0x8802 存储多媒体数据检索; JT/T 808-2013 §8.56. */
    MULTIMEDIA_SEARCH(0x8802),
    /** 0x0802 存储多媒体数据检索应答; JT/T 808-2013 §8.57. */
    MULTIMEDIA_SEARCH_RESPONSE(0x0802),
    /** 0x8803 存储多媒体数据上传命令; JT/T 808-2013 §8.58. */
    MULTIMEDIA_UPLOAD(0x8803),
    /** 0x8804 录音开始命令; JT/T 808-2013 §8.59. */
    AUDIO_RECORDING(0x8804),
    /** 0x8805 单条存储多媒体数据检索上传命令; JT/T 808-2013 §8.60. */
    SINGLE_MULTIMEDIA_UPLOAD(0x8805),
    /** 0x8900 数据下行透传; JT/T 808-2013 §8.61. */
    DOWNLINK_PASSTHROUGH(0x8900),
    /** 0x0900 数据上行透传; JT/T 808-2013 §8.62. */
    UPLINK_PASSTHROUGH(0x0900),
    /** 0x0901 数据压缩上报; JT/T 808-2013 §8.63. */
    COMPRESSED_UPLOAD(0x0901),
    /** 0x8A00 平台 RSA 公钥; JT/T 808-2013 §8.64. */
    PLATFORM_RSA_KEY(0x8A00),
    /** 0x0A00 终端 RSA 公钥; JT/T 808-2013 §8.65. */
    TERMINAL_RSA_KEY(0x0A00);

    private static final MessageId[] BY_CODE = new MessageId[0x10000];

    static {
        for (MessageId id : values()) {
            BY_CODE[id.code] = id;
        }
    }

    private final int code;

    MessageId(int code) {
        this.code = code;
    }

    /** The 16-bit message id on the wire. */
    public int code() {
        return code;
    }

    /** True for messages the platform sends (ids 0x8000 and up), false for the terminal's. */
    public boolean isFromPlatform() {
        return (code & 0x8000) != 0;
    }

    /** The message id with wire code {@code code}, if the standard defines one. */
    public static Optional<MessageId> fromCode(int code) {
        return Optional.ofNullable(lookup(code));
    }

    /** The message id with wire code {@code code}, or null when the standard defines none; no allocation. */
    public static MessageId lookup(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** The id as the standard writes it, such as {@code 0x0200}. */
    public String hex() {
        return hex(code);
    }

    /** {@code code} as the standard writes message ids, such as {@code 0x0200}. */
    public static String hex(int code) {
        return String.format("0x%04X", code);
    }
}

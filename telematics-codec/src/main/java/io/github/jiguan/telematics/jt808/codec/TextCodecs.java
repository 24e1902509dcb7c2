package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.jt808.message.CallBack;
import io.github.jiguan.telematics.jt808.message.EventReport;
import io.github.jiguan.telematics.jt808.message.EventSetting;
import io.github.jiguan.telematics.jt808.message.InformationDemand;
import io.github.jiguan.telematics.jt808.message.InformationMenu;
import io.github.jiguan.telematics.jt808.message.InformationService;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.PhoneBook;
import io.github.jiguan.telematics.jt808.message.Question;
import io.github.jiguan.telematics.jt808.message.QuestionAnswer;
import io.github.jiguan.telematics.jt808.message.TextMessage;
import java.util.ArrayList;
import java.util.List;

/** Text (0x8300), events (0x8301, 0x0301), questions (0x8302, 0x0302), information (0x8303, 0x0303, 0x8304) and phone (0x8400, 0x8401). */
final class TextCodecs {

    private TextCodecs() {
    }

    static List<BodyCodec<?>> codecs() {
        return List.of(
                BodyCodec.of(MessageId.TEXT_MESSAGE.code(), TextMessage.class,
                        in -> new TextMessage(in.u8("flags"), in.version().is2019() ? in.u8("text type") : 0, in.gbkRest("text")),
                        TextCodecs::text),
                BodyCodec.of(MessageId.EVENT_SETTING.code(), EventSetting.class,
                        in -> new EventSetting(in.u8("setting type"), Lists.byteCounted(in, "event",
                                r -> new EventSetting.Event(r.u8("event id"), r.gbkWithByteLength("event content")))),
                        (b, out) -> Lists.writeByteCounted(out.u8("settingType", b.settingType()), "events", b.events(),
                                (e, o) -> o.u8("event id", e.id()).gbkWithByteLength("event content", e.content()))),
                BodyCodec.of(MessageId.EVENT_REPORT.code(), EventReport.class, in -> new EventReport(in.u8("event id")),
                        (b, out) -> out.u8("eventId", b.eventId())),
                BodyCodec.of(MessageId.QUESTION.code(), Question.class, TextCodecs::question, TextCodecs::question),
                BodyCodec.of(MessageId.QUESTION_ANSWER.code(), QuestionAnswer.class,
                        in -> new QuestionAnswer(in.u16("response serial"), in.u8("answer id")),
                        (b, out) -> out.u16("responseSerial", b.responseSerial()).u8("answerId", b.answerId())),
                BodyCodec.of(MessageId.INFORMATION_MENU.code(), InformationMenu.class,
                        in -> new InformationMenu(in.u8("setting type"), Lists.byteCounted(in, "menu item",
                                r -> new InformationMenu.MenuItem(r.u8("information type"), r.gbkWithWordLength("name")))),
                        (b, out) -> Lists.writeByteCounted(out.u8("settingType", b.settingType()), "items", b.items(),
                                (i, o) -> o.u8("information type", i.type()).gbkWithWordLength("name", i.name()))),
                BodyCodec.of(MessageId.INFORMATION_DEMAND.code(), InformationDemand.class,
                        in -> new InformationDemand(in.u8("information type"), in.u8("action")),
                        (b, out) -> out.u8("informationType", b.informationType()).u8("action", b.action())),
                BodyCodec.of(MessageId.INFORMATION_SERVICE.code(), InformationService.class,
                        in -> new InformationService(in.u8("information type"), in.gbkWithWordLength("content")),
                        (b, out) -> out.u8("informationType", b.informationType()).gbkWithWordLength("content", b.content())),
                BodyCodec.of(MessageId.CALL_BACK.code(), CallBack.class,
                        in -> new CallBack(in.u8("flag"), in.gbkRest("phone")),
                        (b, out) -> out.u8("flag", b.flag()).gbk(b.phone())),
                BodyCodec.of(MessageId.PHONE_BOOK.code(), PhoneBook.class,
                        in -> new PhoneBook(in.u8("setting type"), Lists.byteCounted(in, "contact",
                                r -> new PhoneBook.Contact(r.u8("contact flag"), r.gbkWithByteLength("phone"),
                                        r.gbkWithByteLength("name")))),
                        (b, out) -> Lists.writeByteCounted(out.u8("settingType", b.settingType()), "contacts", b.contacts(),
                                (c, o) -> o.u8("flag", c.flag()).gbkWithByteLength("phone", c.phone())
                                        .gbkWithByteLength("name", c.name()))));
    }

    private static void text(TextMessage b, BodyWriter out) {
        out.u8("flags", b.flags());
        if (out.version().is2019()) {
            out.u8("textType", b.textType());
        }
        out.gbk(b.text());
    }

    /** Flags, the question with a BYTE length, then answers (id, WORD length, text) to the end of the body. */
    private static Question question(BodyReader in) {
        int flags = in.u8("flags");
        String q = in.gbkWithByteLength("question");
        List<Question.Answer> answers = new ArrayList<>();
        while (in.hasRemaining()) {
            answers.add(new Question.Answer(in.u8("answer id"), in.gbkWithWordLength("answer")));
        }
        return new Question(flags, q, answers);
    }

    private static void question(Question b, BodyWriter out) {
        out.u8("flags", b.flags()).gbkWithByteLength("question", b.question());
        b.answers().forEach(a -> out.u8("answer id", a.id()).gbkWithWordLength("answer", a.content()));
    }
}

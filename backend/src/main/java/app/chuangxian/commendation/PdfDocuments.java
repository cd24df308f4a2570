package app.chuangxian.commendation;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** The paper documents: the commendation list, a branch's feedback report and a certificate (荣誉证书). */
@ApplicationScoped
public class PdfDocuments {
    @Inject
    CjkFont cjk;

    @Inject
    CommendationSettings settings;

    byte[] commendationList(ListViews.Detail list, List<ListViews.ObjectionView> objections) {
        return render(false, doc -> {
            boolean underNotice = list.status() == ListStatus.DRAFT || list.status() == ListStatus.NOTICE;
            doc.add(centered(list.campaignTitle() + (underNotice ? " 拟表彰名单（公示）" : " 表彰名单"), font(18)));
            if (underNotice) {
                // a list not yet approved is a notice, never a decision: say so and print what was announced
                doc.add(centered("公示名单，非表彰决定", font(12)));
                if (list.noticeText() != null) {
                    Paragraph text = new Paragraph(list.noticeText(), font(11));
                    text.setSpacingBefore(6);
                    doc.add(text);
                }
            }
            if (list.resolutionNumber() != null) {
                doc.add(centered(list.resolutionNumber() + "（" + list.resolutionDate() + "）", font(11)));
            }
            if (list.noticeStartsOn() != null) {
                doc.add(centered("公示期：" + list.noticeStartsOn() + " 至 " + list.noticeEndsOn(), font(11)));
            }
            doc.add(new Paragraph(" ", font(8)));
            PdfPTable table = table(new float[] {1, 5, 2, 2}, "序号", "基层组织", "总分", "等次");
            int n = 1;
            for (ListViews.Entry e : list.entries()) {
                cells(
                        table,
                        String.valueOf(n++),
                        e.branchName(),
                        e.total().toPlainString(),
                        e.gradeName() == null ? "" : e.gradeName());
            }
            doc.add(table);
            if (!objections.isEmpty()) {
                Paragraph head = new Paragraph("公示期间异议处理情况", font(14));
                head.setSpacingBefore(16);
                head.setSpacingAfter(6);
                doc.add(head);
                PdfPTable t = table(new float[] {2, 3, 5, 5}, "提出人", "涉及组织", "异议内容", "处理结果");
                for (ListViews.ObjectionView o : objections) {
                    cells(
                            t,
                            o.anonymous() ? "匿名" : o.raisedBy(),
                            o.branchName(),
                            o.content(),
                            o.outcome() == null ? "（待处理）" : o.outcome());
                }
                doc.add(t);
            }
        });
    }

    byte[] feedbackReport(FeedbackViews.Report report, String campaignTitle) {
        return render(false, doc -> {
            doc.add(centered(report.branchName() + " 反馈报告", font(18)));
            doc.add(centered(campaignTitle, font(11)));
            String total = report.total() == null ? "" : "总分 " + report.total().toPlainString();
            String grade = report.gradeName() == null ? "" : "　等次 " + report.gradeName();
            String rank = report.rank() == null ? "" : "　排名 " + report.rank();
            doc.add(centered(total + grade + rank, font(11)));
            for (FeedbackViews.Section s : report.sections()) {
                String score = s.score() == null ? "" : "（得分 " + s.score().toPlainString() + "）";
                Paragraph head = new Paragraph(s.standardName() + score, font(14));
                head.setSpacingBefore(12);
                doc.add(head);
                doc.add(new Paragraph("优势：", font(12)));
                doc.add(new Paragraph(orNone(s.strengths()), font(11)));
                doc.add(new Paragraph("改进方向：", font(12)));
                doc.add(new Paragraph(orNone(s.improvements()), font(11)));
            }
            if (report.summary() != null) {
                Paragraph head = new Paragraph("总体评价", font(14));
                head.setSpacingBefore(12);
                doc.add(head);
                doc.add(new Paragraph(report.summary(), font(11)));
            }
        });
    }

    byte[] certificate(String branchName, String campaignTitle, ListViews.Detail list) {
        return render(true, doc -> {
            Paragraph title = centered("荣 誉 证 书", font(36));
            title.setSpacingBefore(40);
            title.setSpacingAfter(30);
            doc.add(title);
            doc.add(new Paragraph(branchName + "：", font(20)));
            Paragraph body = new Paragraph("　　在" + campaignTitle + "中成绩突出，被评为先进基层组织。特发此证，以资鼓励。", font(20));
            body.setSpacingAfter(40);
            doc.add(body);
            Paragraph sign = new Paragraph(settings.issuer(), font(16));
            sign.setAlignment(Element.ALIGN_RIGHT);
            doc.add(sign);
            var day = list.resolutionDate();
            String date = day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
            Paragraph ref = new Paragraph(list.resolutionNumber() + "　" + date, font(14));
            ref.setAlignment(Element.ALIGN_RIGHT);
            doc.add(ref);
        });
    }

    private interface Body {
        void write(Document doc) throws DocumentException;
    }

    private byte[] render(boolean landscape, Body body) {
        cjk.baseFont(); // a missing font fails with 503 before anything is written
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            doc.addCreator(settings.issuer());
            body.write(doc);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF layout failed", e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
    }

    private Font font(float size) {
        return new Font(cjk.baseFont(), size);
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            table.addCell(new PdfPCell(new Phrase(h, font(11))));
        }
        return table;
    }

    private void cells(PdfPTable table, String... values) {
        for (String v : values) {
            table.addCell(new PdfPCell(new Phrase(v == null ? "" : v, font(10))));
        }
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "（无）" : text;
    }
}

package app.chuangxian.demo;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.DeliverableTypeDefaults;
import app.chuangxian.campaign.GradeThreshold;
import app.chuangxian.campaign.Indicator;
import app.chuangxian.campaign.Phase;
import app.chuangxian.campaign.Standard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The 2009 campaign of the Lüliang committee, as its notice of 2009-09-11 describes it. */
final class Campaign2009 {
    static final String TITLE = "争创民进全国先进基层组织活动";
    static final String BASIS = "会中央《关于开展创建民进全国先进地方组织、先进基层组织活动的意见》；" + "会省委贯彻会中央《意见》的《实施方案》（进晋字【2009】17号）";
    static final String IDEOLOGY = "以邓小平理论和“三个代表”重要思想为指导，学习贯彻中共十七大精神，深入学习贯彻科学发展观，"
            + "落实民进“十大”提出的各项任务，坚持以政治交接为主线，结合民进中央关于深化坚持走中国特色社会主义道路学习教育活动的开展，"
            + "进一步加强基层组织的指导，激发基层组织活力，进一步增强基层组织的凝聚力，切实搞好基层组织建设。";
    static final String GOALS = "（一）加强学习，提高广大会员的思想认识。加深广大会员、特别基层组织班子成员对中共十七大精神的理解，"
            + "提高对深入学习贯彻科学发展观的认识，提高坚持中国共产党领导的多党合作和政治协商制度的自觉性，巩固多党合作的思想基础。\n"
            + "（二）加强指导，促进基层组织制度建设。基层组织要主动接受中共地方党委的领导，引导基层组织班子努力工作、作风务实，"
            + "完善工作制度，提高组织生活的质量。\n"
            + "（三）创新形式，激发基层组织活力。积极拓展组织工作的新渠道，通过多种形式，开展生动活泼的组织活动，反映社情民意、"
            + "参与社会服务，促进广大会员参与组织生活的积极性，增强组织的凝聚力。";

    /** code, name, description, then pairs of indicator name and points (summing to 25). */
    private static final String[][] STANDARDS = {
        {
            "STUDY",
            "重视学习",
            "能够采取多种形式，组织基层成员认真学习贯彻中共十七大精神、科学发展观、统一战线和多党合作理论，" + "明确形势和任务，保持清醒头脑，增强忧患意识。",
            "采取多种形式组织会员学习中共十七大精神和科学发展观",
            "8",
            "组织学习统一战线和多党合作理论",
            "7",
            "领导班子成员学习培训，理论联系实际，提高自身素质",
            "5",
            "明确形势和任务，保持清醒头脑，增强忧患意识",
            "5"
        },
        {
            "UNITY",
            "团结协作",
            "重视基层组织班子建设，基层组织负责人以身作则，团结班子成员，工作务实，能够较好完成民进上级组织交给的任务，" + "积极服务基层会员，努力吸收高素质人才入会。",
            "重视班子建设，健全工作和议事制度，坚持民主集中制",
            "7",
            "负责人以身作则，团结班子成员，工作务实",
            "6",
            "较好完成民进上级组织交给的任务",
            "6",
            "积极服务基层会员，努力吸收高素质人才入会",
            "6"
        },
        {
            "VITALITY",
            "增强活力",
            "发扬我会优良传统和作风，发挥基层会员的专业特长和优势，开展丰富多彩的组织生活，反映社情民意，" + "参与社会活动，社会影响积极，增强基层组织的活力和凝聚力。",
            "发挥会员专业特长和优势，开展丰富多彩的组织生活",
            "9",
            "反映社情民意，积极参政议政、建言献策",
            "8",
            "参与社会活动和社会服务，社会影响积极",
            "8"
        },
        {
            "COMMUNICATION",
            "加强沟通",
            "积极与中共基层组织进行沟通，和单位党组织紧密配合，能够发挥协调关系，化解矛盾，顾全大局，" + "维护稳定的作用，为构建社会主义和谐社会做出贡献。",
            "与中共基层组织和统战部建立经常性的沟通协调机制",
            "10",
            "和单位党组织紧密配合，及时沟通情况，争取支持帮助",
            "8",
            "发挥协调关系、化解矛盾、顾全大局、维护稳定的作用",
            "7"
        },
    };

    private Campaign2009() {}

    static Campaign create(long organisationId) {
        Campaign c = new Campaign();
        c.organisationId = organisationId;
        c.title = TITLE;
        c.year = 2009;
        c.basisDocuments = BASIS;
        c.guidingIdeology = IDEOLOGY;
        c.goals = GOALS;
        c.persist();
        List<Phase> phases = new ArrayList<>();
        phases.add(phase(
                c.id,
                1,
                "MOBILISATION",
                "宣传动员",
                "各基层组织结合自身实际，制定创建活动具体实施方案，" + "组织广大会员学习会市委关于开展创建活动的《意见》，开展宣传动员活动。",
                "2009-09-01",
                "2009-10-31"));
        phases.add(phase(
                c.id,
                2,
                "IMPLEMENTATION",
                "实施创建",
                "各基层组织开展创建活动，完善制度、开展活动、增强活力、争优创先。" + "会市委可以通过实地调研等方式了解创建活动进展情况。",
                "2009-11-01",
                "2010-08-31"));
        phases.add(
                phase(c.id, 3, "SUMMARY", "总结表彰", "各基层组织总结创建活动情况，上报会市委活动总结，会市委适时召开表彰大会。", "2010-09-01", "2010-12-31"));
        for (int s = 0; s < STANDARDS.length; s++) {
            standard(c.id, s + 1, STANDARDS[s]);
        }
        grade(c.id, "EXCELLENT", "优秀", "90");
        grade(c.id, "GOOD", "良好", "75");
        grade(c.id, "PASS", "合格", "60");
        DeliverableTypeDefaults.forPhases(c.id, phases).forEach(t -> t.persist());
        return c;
    }

    private static Phase phase(
            long campaignId, int seq, String code, String name, String description, String from, String to) {
        Phase p = new Phase();
        p.campaignId = campaignId;
        p.seq = seq;
        p.code = code;
        p.name = name;
        p.description = description;
        p.startsOn = LocalDate.parse(from);
        p.endsOn = LocalDate.parse(to);
        p.persist();
        return p;
    }

    private static void standard(long campaignId, int seq, String[] row) {
        Standard s = new Standard();
        s.campaignId = campaignId;
        s.seq = seq;
        s.code = row[0];
        s.name = row[1];
        s.description = row[2];
        s.maxPoints = new BigDecimal("25.0");
        s.persist();
        for (int i = 3, n = 1; i < row.length; i += 2, n++) {
            Indicator ind = new Indicator();
            ind.campaignId = campaignId;
            ind.standardId = s.id;
            ind.seq = n;
            ind.code = row[0] + "_" + n;
            ind.name = row[i];
            ind.maxPoints = new BigDecimal(row[i + 1]);
            ind.persist();
        }
    }

    private static void grade(long campaignId, String code, String name, String minTotal) {
        GradeThreshold g = new GradeThreshold();
        g.campaignId = campaignId;
        g.code = code;
        g.name = name;
        g.minTotal = new BigDecimal(minTotal);
        g.persist();
    }
}

package org.opendisclosure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generated content for tests and benchmarks that need size: the bundled content plus generated
 * 2024 projects.
 *
 * <ul>
 * <li>{@link #bundledPlus}: copies of the 12333 hotline project under their own ids and names —
 * enough pages that writing the site takes seconds.
 * <li>{@link #city}: a city's year — departments with their units, and projects whose names, goals,
 * indicators, amounts and functional codes vary as a city's do (drawn from word lists by a seeded
 * random, so the same arguments give the same content), for measuring search at scale.
 * </ul>
 */
public final class GeneratedContent {

    private static final String MODEL = "projects/2024/hotline-12333.yaml";

    private GeneratedContent() {
    }

    /** Writes the content under {@code directory} and returns it; projects are {@code gen-0001} … */
    public static Path bundledPlus(int projects, Path directory) throws IOException {
        FixtureSite.copyTree(FixtureSite.repositoryRoot().resolve("content"), directory);
        String model = Files.readString(directory.resolve(MODEL));
        for (int i = 1; i <= projects; i++) {
            String id = "gen-%04d".formatted(i);
            Files.writeString(directory.resolve("projects/2024/" + id + ".yaml"), model
                    .replace("id: hotline-12333\n", "id: " + id + "\n")
                    .replace("name: 12333 热线咨询平台项目经费\n", "name: 生成的项目 " + id + "\n"));
        }
        return directory;
    }

    /** The path of a generated project's page in the site. */
    public static String page(int project) {
        return "2024/projects/gen-%04d.html".formatted(project);
    }

    // ---- A city's year ----

    private static final List<String> DOMAINS = List.of("教育", "卫生健康", "民政", "公安", "财政", "人力资源和社会保障",
            "规划和自然资源", "生态环境", "住房和城乡建设管理", "交通", "农业农村", "水务", "文化和旅游", "应急管理",
            "市场监督管理", "体育", "统计", "医疗保障", "绿化和市容管理", "科学技术", "经济和信息化", "商务", "司法", "审计",
            "退役军人事务", "民族和宗教事务", "国有资产监督管理", "地方金融监督管理", "机关事务管理", "档案", "气象",
            "城市管理行政执法", "粮食和物资储备", "房屋管理", "知识产权", "数据", "民防", "信访", "侨务", "住房保障");
    private static final List<String> DEPARTMENT_KINDS = List.of("局", "委员会", "局", "办公室", "局");
    private static final List<String> DISTRICTS = List.of("黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区",
            "杨浦区", "闵行区", "宝山区", "嘉定区", "浦东新区", "金山区", "松江区", "青浦区", "奉贤区", "崇明区");
    private static final List<String> UNIT_KINDS = List.of("信息中心", "执法总队", "事务中心", "服务中心", "研究所",
            "培训中心", "档案馆", "监测站", "指导中心", "保障中心", "发展中心", "检测所", "宣传中心", "评估中心",
            "管理所", "技术中心", "资料馆", "调度中心");
    private static final List<String> OBJECTS = List.of("社区卫生服务", "养老服务", "中小学校舍", "城市道路", "中小河道",
            "公共就业服务", "社会保险经办", "档案数字化", "政务信息系统", "食品安全抽检", "消防设施", "公共绿地", "12345 热线",
            "12333 热线", "政务服务中心", "生活垃圾分类", "公共图书馆", "体育场馆", "应急物资储备", "防汛防台",
            "农村饮用水", "农田水利", "公交线路", "轨道交通安全", "网格化管理", "数据共享交换平台", "电子证照",
            "劳动保障监察", "职业技能培训", "困难群众救助", "残疾人康复", "退役军人服务", "法律援助", "人民调解",
            "知识产权保护", "科技创新券", "中小企业服务", "国资监管系统", "空气质量监测", "噪声监测", "土壤污染防治",
            "历史建筑保护", "旧住房修缮", "保障性住房", "公共租赁住房", "文物保护", "非遗传承", "市民健身", "青少年体育",
            "疾病预防控制", "妇幼保健", "精神卫生", "院前急救", "血液安全", "医保基金监管", "药品集中采购", "统计调查",
            "经济普查", "气象观测", "地震监测", "人防工程", "信访接待", "侨务联络", "宗教场所安全", "机关办公用房",
            "公务用车", "会议服务", "安保服务", "保洁物业", "视频监控", "网络安全", "数据中心机房", "云资源租赁");
    private static final List<String> ACTIVITIES = List.of("运行维护", "建设", "改造", "购买服务", "专项补贴",
            "监测", "宣传", "培训", "设备购置", "检测", "信息化建设", "安全保障", "日常运营", "外包服务", "绩效评价",
            "课题研究", "标准制定", "巡查", "维修", "租赁", "系统升级", "数据治理", "应急演练", "人员经费补助");
    private static final List<String> SUFFIXES = List.of("项目经费", "经费", "项目", "专项资金", "补助经费", "工作经费");
    private static final List<String> PHASES = List.of("", "", "", "", "（一期）", "（二期）", "（三期）", "（续建）");
    private static final List<String> GOAL_SENTENCES = List.of(
            "保障{o}全年 365 天正常运行，及时处置各类故障，系统可用率达到 {p}%以上。",
            "完成{o}{a}任务，覆盖全市 {n} 个街镇，服务对象满意度达到 {p}%以上。",
            "通过{a}，进一步提升{o}的服务质量和管理水平，群众投诉率低于千分之{s}。",
            "按照年度计划完成{o}相关工作 {n} 项，资金使用规范，预算执行率不低于 {p}%。",
            "建立健全{o}长效管理制度，开展培训 {n} 场次，培训合格率达到 {p}%。",
            "推进{o}标准化、规范化建设，年内完成验收，验收合格率 100%。",
            "对{o}开展{a}，发现问题整改率达到 {p}%，杜绝重大安全事故。",
            "提高{o}信息化水平，实现数据共享 {n} 类，办理时限压缩 {s}0%。",
            "为 {n} 万人次提供{o}服务，综合接通率达到 {p}%，话后满意度达到 {p}%以上。",
            "落实{o}各项政策，补贴资金按时足额发放到位，发放准确率 100%。");
    private static final List<String[]> OUTPUTS = List.of(new String[] {"服务人次", "万人次"},
            new String[] {"培训场次", "场"}, new String[] {"覆盖街镇数", "个"}, new String[] {"设备数量", "台"},
            new String[] {"巡查次数", "次"}, new String[] {"维修面积", "平方米"}, new String[] {"检测批次", "批次"},
            new String[] {"坐席人员数", "人"}, new String[] {"发放补贴人数", "人"}, new String[] {"系统接入单位数", "家"});
    private static final List<String> QUALITIES = List.of("验收合格率", "系统可用率", "质量控制合格率", "整改完成率",
            "数据准确率", "发放准确率", "培训合格率", "设备完好率");
    private static final List<String> TIMELINESS = List.of("故障响应时间", "任务完成及时率", "资金拨付及时率", "办结时限");
    private static final List<String> EFFECTS = List.of("群众投诉率", "综合接通率", "服务覆盖率", "政策知晓率",
            "问题发现率", "环境达标率", "安全事故发生率");
    private static final List<String> SATISFIED = List.of("服务对象满意度", "话后满意度", "市民满意度", "参训人员满意度",
            "企业满意度", "群众满意度", "使用单位满意度");

    /**
     * Writes the bundled content plus one generated year (2024) of a city: {@code projects}
     * projects over about {@code projects / 30} units in {@value #CITY_DEPARTMENTS} departments, each
     * project with a functional code of the catalogue (copied as the 2024 catalogue). Returns
     * {@code directory}.
     */
    public static Path city(int projects, Path directory, long seed) throws IOException {
        FixtureSite.copyTree(FixtureSite.repositoryRoot().resolve("content"), directory);
        String catalogue = Files.readString(directory.resolve("catalogues/2019.yaml"));
        Files.writeString(directory.resolve("catalogues/2024.yaml"), catalogue.replace("\nyear: 2019\n", "\nyear: 2024\n"));
        List<String> items = new ArrayList<>();
        Matcher item = Pattern.compile("\n  \"(\\d{7})\":").matcher(catalogue);
        while (item.find()) {
            items.add(item.group(1));
        }
        Random random = new Random(seed);
        List<String[]> units = new ArrayList<>();
        int unitsPerDepartment = Math.max(1, projects / 30 / CITY_DEPARTMENTS);
        for (int d = 0; d < CITY_DEPARTMENTS; d++) {
            String department = "gen-d%02d".formatted(d + 1);
            String name = "上海市" + DOMAINS.get(d % DOMAINS.size()) + DEPARTMENT_KINDS.get(d % DEPARTMENT_KINDS.size());
            StringBuilder yaml = new StringBuilder("id: " + department + "\nname: " + name + "\nunits:\n");
            int count = unitsPerDepartment / 2 + random.nextInt(unitsPerDepartment + 1);
            for (int u = 0; u < Math.max(1, count); u++) {
                String id = department + "-u%03d".formatted(u + 1);
                String unitName = u == 0 ? name + "本部"
                        : u <= DISTRICTS.size() && random.nextBoolean() ? DISTRICTS.get(u - 1) + DOMAINS.get(d % DOMAINS.size()) + "局"
                        : name + pick(random, UNIT_KINDS) + (u > UNIT_KINDS.size() ? "（" + u + "）" : "");
                yaml.append("  - id: ").append(id).append("\n    name: ").append(unitName).append("\n    kind: ")
                        .append(u == 0 ? "行政" : "事业").append('\n');
                units.add(new String[] {department, id});
            }
            Files.writeString(directory.resolve("departments/" + department + ".yaml"), yaml.toString());
        }
        for (int i = 1; i <= projects; i++) {
            String[] unit = units.get(random.nextInt(units.size()));
            String object = pick(random, OBJECTS);
            String activity = pick(random, ACTIVITIES);
            String name = (random.nextInt(4) == 0 ? pick(random, DISTRICTS) : "") + object + activity
                    + pick(random, SUFFIXES) + pick(random, PHASES);
            long cents = (long) Math.exp(Math.log(50_000_00L) + random.nextGaussian() * 1.6) + 100;
            String amount = "%d.%02d".formatted(cents / 100, cents % 100);
            StringBuilder goals = new StringBuilder();
            for (int s = 0, sentences = 1 + random.nextInt(4); s < sentences; s++) {
                goals.append(pick(random, GOAL_SENTENCES).replace("{o}", random.nextInt(3) == 0 ? pick(random, OBJECTS) : object)
                        .replace("{a}", activity).replace("{n}", Integer.toString(2 + random.nextInt(300)))
                        .replace("{p}", Integer.toString(85 + random.nextInt(15))).replace("{s}", Integer.toString(1 + random.nextInt(9))));
            }
            Files.writeString(directory.resolve("projects/2024/gen-%05d.yaml".formatted(i)), """
                    id: gen-%05d
                    year: 2024
                    form: "2024"
                    name: "%s"
                    department: %s
                    unit: %s
                    nature: %s
                    category: 特定目标类
                    functional_code: "%s"
                    period:
                      start: 2024-01-01
                      end: 2024-12-31
                    funding:
                      annual_total: %s
                      appropriation: %s
                      carried_over: 0.00
                      other: 0.00
                    goals:
                      annual: "%s"
                    indicators:
                    %s""".formatted(i, name, unit[0], unit[1], random.nextBoolean() ? "经常性专项业务费" : "其他一次性项目",
                    pick(random, items), amount, amount, goals, indicators(random, object)));
        }
        return directory;
    }

    private static final int CITY_DEPARTMENTS = 40;

    /** 产出、效益、满意度 indicators, 5 to 11 of them, with targets in the published forms. */
    private static String indicators(Random random, String object) {
        StringBuilder y = new StringBuilder();
        y.append("  - level1: 产出指标\n    groups:\n      - level2: 数量指标\n        items:\n");
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            String[] output = pick(random, OUTPUTS);
            y.append("          - name: ").append(random.nextBoolean() ? object : "").append(output[0])
                    .append("\n            target: \"≥").append(1 + random.nextInt(5000)).append('(').append(output[1]).append(")\"\n");
        }
        y.append("      - level2: 质量指标\n        items:\n");
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            y.append("          - name: ").append(pick(random, QUALITIES)).append("\n            target: \"≥")
                    .append(85 + random.nextInt(16)).append("(%)\"\n");
        }
        y.append("      - level2: 时效指标\n        items:\n          - name: ").append(pick(random, TIMELINESS))
                .append("\n            target: ").append(random.nextBoolean() ? "及时" : "\"≤" + (1 + random.nextInt(48)) + "(小时)\"")
                .append('\n');
        y.append("  - level1: 效益指标\n    groups:\n      - level2: 社会效益指标\n        items:\n");
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            y.append("          - name: ").append(pick(random, EFFECTS)).append("\n            target: \"")
                    .append(random.nextBoolean() ? "≥" + (60 + random.nextInt(40)) : "≤" + random.nextInt(5) + "." + random.nextInt(10))
                    .append("(%)\"\n");
        }
        if (random.nextInt(3) == 0) {
            y.append("      - level2: 可持续影响指标\n        items:\n          - name: 长效管理制度健全性\n            target: 健全\n");
        }
        y.append("  - level1: 满意度指标\n    groups:\n      - level2: 服务对象满意度指标\n        items:\n");
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            y.append("          - name: ").append(pick(random, SATISFIED)).append("\n            target: \"≥")
                    .append(80 + random.nextInt(19)).append("(%)\"\n");
        }
        return y.toString();
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}

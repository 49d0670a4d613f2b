package cn.techmarket.tenant.demo;

import cn.techmarket.model.record.Industry;

import java.util.List;
import java.util.Map;

/**
 * Technology topics per industry, drawn from the industries and projects the seeds name
 * (一汽 vehicles, 中车长客 rail cars, 长光所 optoelectronics, 吉林化纤 carbon fibre, 长白山 medicinal
 * herbs, corn deep processing ...). Each topic carries the keywords a searcher would type.
 */
public final class Topics {

    record Topic(String subject, List<String> keywords, String problem) {

        Industry industry() {
            return BY_INDUSTRY.entrySet().stream().filter(e -> e.getValue().contains(this)).findFirst().orElseThrow().getKey();
        }
    }

    static final Map<Industry, List<Topic>> BY_INDUSTRY = Map.ofEntries(
            Map.entry(Industry.AUTOMOTIVE, List.of(
                    new Topic("新能源汽车动力电池热管理系统", List.of("动力电池", "热管理", "新能源汽车"), "动力电池低温续航衰减严重"),
                    new Topic("汽车轻量化铝合金高压铸造工艺", List.of("轻量化", "铝合金", "压铸"), "车身结构件减重与强度难以兼顾"),
                    new Topic("智能网联汽车域控制器", List.of("智能网联", "域控制器", "自动驾驶"), "整车电子电气架构集中化改造"),
                    new Topic("商用车电控空气悬架系统", List.of("空气悬架", "电控", "商用车"), "重载商用车平顺性不足"))),
            Map.entry(Industry.RAIL_TRANSIT, List.of(
                    new Topic("高速动车组转向架轻量化设计", List.of("转向架", "动车组", "轻量化"), "转向架构架疲劳裂纹检测"),
                    new Topic("轨道客车车体激光焊接技术", List.of("激光焊接", "车体", "轨道客车"), "不锈钢车体焊接变形控制"),
                    new Topic("城轨车辆牵引变流器国产化", List.of("牵引变流器", "城轨", "国产化"), "牵引系统核心器件依赖进口"))),
            Map.entry(Industry.OPTOELECTRONICS, List.of(
                    new Topic("高功率半导体激光器芯片", List.of("半导体激光器", "芯片", "高功率"), "激光器芯片寿命与功率瓶颈"),
                    new Topic("大口径空间光学遥感相机", List.of("光学遥感", "卫星", "相机"), "遥感载荷小型化"),
                    new Topic("红外热成像探测器封装工艺", List.of("红外", "热成像", "探测器"), "红外探测器成本过高"),
                    new Topic("OLED显示材料与蒸镀工艺", List.of("OLED", "显示材料", "蒸镀"), "发光材料效率与寿命不足"))),
            Map.entry(Industry.CHEMICAL_NEW_MATERIALS, List.of(
                    new Topic("聚乳酸生物降解材料连续聚合工艺", List.of("聚乳酸", "生物降解", "可降解塑料"), "可降解材料成本高于传统塑料"),
                    new Topic("稀土催化剂合成顺丁橡胶", List.of("稀土", "催化剂", "顺丁橡胶"), "高端橡胶牌号依赖进口"),
                    new Topic("高性能工程塑料聚醚醚酮制备", List.of("聚醚醚酮", "PEEK", "工程塑料"), "特种工程塑料国产化"))),
            Map.entry(Industry.CARBON_FIBER, List.of(
                    new Topic("大丝束碳纤维原丝制备技术", List.of("碳纤维", "原丝", "大丝束"), "碳纤维原丝稳定性不足"),
                    new Topic("碳纤维复合材料风电叶片成型", List.of("复合材料", "风电叶片", "碳纤维"), "风电叶片大型化减重"),
                    new Topic("热塑性碳纤维复合材料汽车部件", List.of("复合材料", "热塑性", "汽车部件"), "复合材料部件成型周期长"))),
            Map.entry(Industry.BIOMEDICINE, List.of(
                    new Topic("基因工程重组蛋白药物表达纯化", List.of("重组蛋白", "基因工程", "纯化"), "蛋白药物表达量低"),
                    new Topic("新型疫苗佐剂与冻干工艺", List.of("疫苗", "佐剂", "冻干"), "疫苗稳定性与冷链成本"),
                    new Topic("体外诊断化学发光试剂", List.of("体外诊断", "化学发光", "试剂"), "诊断试剂灵敏度不足"))),
            Map.entry(Industry.MODERN_CHINESE_MEDICINE, List.of(
                    new Topic("人参皂苷提取与质量控制", List.of("人参", "皂苷", "提取"), "人参深加工附加值低"),
                    new Topic("梅花鹿茸多肽活性成分研究", List.of("鹿茸", "多肽", "活性成分"), "鹿茸产品标准化"),
                    new Topic("中药配方颗粒指纹图谱检测", List.of("配方颗粒", "指纹图谱", "质量控制"), "中药质量一致性评价"))),
            Map.entry(Industry.AGRI_FOOD_PROCESSING, List.of(
                    new Topic("玉米深加工生产燃料乙醇", List.of("玉米", "深加工", "燃料乙醇"), "玉米转化率与能耗"),
                    new Topic("杂粮功能性食品加工技术", List.of("杂粮", "功能性食品", "加工"), "杂粮产品口感与保质期"),
                    new Topic("黑木耳精深加工与多糖提取", List.of("黑木耳", "多糖", "精深加工"), "食用菌产品同质化"))),
            Map.entry(Industry.MODERN_AGRICULTURE, List.of(
                    new Topic("黑土地保护性耕作技术", List.of("黑土地", "保护性耕作", "秸秆还田"), "黑土地有机质下降"),
                    new Topic("水稻盐碱地改良种植技术", List.of("盐碱地", "水稻", "土壤改良"), "盐碱地水稻产量低"),
                    new Topic("肉牛精准饲喂与疫病防控", List.of("肉牛", "饲喂", "疫病防控"), "规模化养殖效率"))),
            Map.entry(Industry.ADVANCED_EQUIPMENT, List.of(
                    new Topic("五轴联动数控机床误差补偿", List.of("数控机床", "五轴", "误差补偿"), "高端机床加工精度"),
                    new Topic("工业机器人视觉引导抓取", List.of("工业机器人", "机器视觉", "抓取"), "产线柔性化改造"))),
            Map.entry(Industry.NEW_ENERGY, List.of(
                    new Topic("风光制氢一体化系统", List.of("制氢", "风电", "光伏"), "可再生能源消纳"),
                    new Topic("生物质成型燃料锅炉", List.of("生物质", "成型燃料", "锅炉"), "秸秆综合利用"))),
            Map.entry(Industry.ENERGY_SAVING_ENVIRONMENT, List.of(
                    new Topic("工业废水膜处理回用技术", List.of("废水", "膜处理", "回用"), "化工园区废水零排放"),
                    new Topic("燃煤锅炉超低排放改造", List.of("超低排放", "脱硝", "锅炉"), "冬季供暖污染治理"))),
            Map.entry(Industry.INFORMATION_TECHNOLOGY, List.of(
                    new Topic("工业互联网设备数据采集平台", List.of("工业互联网", "数据采集", "平台"), "老旧设备联网"),
                    new Topic("卫星遥感农业监测大数据", List.of("遥感", "大数据", "农业监测"), "农情监测时效性"))),
            Map.entry(Industry.METALLURGY_BUILDING_MATERIALS, List.of(
                    new Topic("硅藻土功能材料制备", List.of("硅藻土", "功能材料", "吸附"), "硅藻土资源高值化"),
                    new Topic("装配式建筑预制构件生产线", List.of("装配式建筑", "预制构件", "生产线"), "寒区装配式建筑施工"))));

    public static final List<String> INSTITUTIONS = List.of(
            "吉林大学", "中国科学院长春光学精密机械与物理研究所", "中国科学院长春应用化学研究所",
            "东北师范大学", "长春理工大学", "吉林农业大学", "北华大学", "长春工业大学", "延边大学",
            "吉林省农业科学院", "中国科学院东北地理与农业生态研究所", "吉林化工学院", "通化师范学院");

    public static final List<String> ENTERPRISES = List.of(
            "中国第一汽车集团有限公司", "中车长春轨道客车股份有限公司", "吉林化纤集团有限责任公司",
            "修正药业集团股份有限公司", "长春长光辰芯微电子股份有限公司", "吉林石化公司",
            "皓月集团", "通化东宝药业股份有限公司", "吉林敖东药业集团股份有限公司", "长春一东离合器股份有限公司",
            "吉林亚泰集团股份有限公司", "长春希达电子技术有限公司");

    public static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "金", "朴");

    public static final List<String> GIVEN_NAMES = List.of("伟", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "建国", "志强", "晓东", "海燕");

    public static final List<String> TITLE_SUFFIXES = List.of("关键技术", "及其制备方法", "产业化应用", "成套装备", "工艺优化", "集成示范");

    public static final List<String> EXPERT_TITLES = List.of("教授", "研究员", "副教授", "副研究员", "高级工程师", "正高级工程师");

    public static final List<String> FINANCIERS = List.of("吉林银行", "中国银行", "中国建设银行", "长春发展农村商业银行",
            "吉林省科技投资基金", "吉林省信用融资担保投资集团", "中国人民财产保险", "吉林省中小企业融资担保");

    public static final List<String> BRANCH_SUFFIXES = List.of("分行", "科技支行", "分公司", "业务部");

    public static final List<String> PRODUCT_NAMES = List.of("科技贷", "知识产权质押贷", "成果转化贷", "人才贷", "科创投", "研发费用损失险");

    public static final List<String> SERVICE_NAME_STEMS = List.of("科技成果", "知识产权", "技术市场", "产学研");

    private Topics() {
    }
}

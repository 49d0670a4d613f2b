package cn.techmarket.tenant.instrument;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.region.City;
import cn.techmarket.tenant.demo.DemoDice;
import cn.techmarket.tenant.demo.Topics;
import cn.techmarket.tenant.library.Library;
import cn.techmarket.tenant.library.LibraryFilter;
import cn.techmarket.tenant.library.LibraryKind;
import cn.techmarket.tenant.library.SearchEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 大型科研仪器: research instruments their managing units open to others (开放共享). */
@Configuration(proxyBeanMethods = false)
public class InstrumentKind {

    /** Never change it: every demo record of the kind would change with it. */
    private static final String DEMO_SEED = "instrument";

    public static final Library<Instrument> LIBRARY = new Library<>(RecordKind.INSTRUMENT, "instruments", Instrument.class, "i");

    /** Value bands are filtered in province search, which indexes the band; the store keeps the exact value. */
    record InstrumentFilter(InstrumentClass.Category category, InstrumentClass instrumentClass, Instrument.Status status)
            implements LibraryFilter {
        @Override
        public List<Criteria> criteria() {
            return LibraryFilter.conditions().in("instrumentClass", category == null ? null : category.classes())
                    .equal("instrumentClass", instrumentClass).equal("status", status)
                    .criteria();
        }
    }

    @Bean
    LibraryKind<Instrument> instruments() {
        return new LibraryKind<>(LIBRARY, "instruments", InstrumentInput.class, InstrumentFilter.class, List.of("instrumentClass"),
                InstrumentKind::search, InstrumentKind::demo, 12);
    }

    static SearchEntry search(Instrument instrument) {
        return SearchEntry.titled(instrument.name())
                .text(instrument.model(), instrument.manufacturer(), instrument.managingUnit(), instrument.categoryLabel(),
                        instrument.mainFunctions(), instrument.technicalIndicators(), instrument.location())
                .classified(instrument.category().name(), instrument.instrumentClass().name(), instrument.valueBand().name())
                .terms(null, instrument.hourlyRate(), null)
                .available(instrument.bookable())
                .publishedAt(instrument.meta().publishedAt());
    }

    /** What demo instruments are: a class, a name, makers and the indicator that describes it. */
    private record Model(InstrumentClass instrumentClass, String name, List<String> makers, String indicator, String function, int minValueWan,
                         int maxValueWan, boolean perSample) {
    }

    private static final List<Model> MODELS = List.of(
            new Model(InstrumentClass.MASS_SPECTROMETER, "液相色谱-质谱联用仪", List.of("Thermo Fisher|美国", "Agilent|美国", "岛津|日本"),
                    "质量范围 50–2000 m/z，分辨率 ≥ 70000", "药物代谢物、农残兽残的定性定量分析", 180, 420, true),
            new Model(InstrumentClass.MASS_SPECTROMETER, "电感耦合等离子体质谱仪", List.of("Agilent|美国", "PerkinElmer|美国"),
                    "检出限 ≤ 0.1 ppt，质量范围 2–260 amu", "痕量元素及同位素分析", 120, 260, true),
            new Model(InstrumentClass.CHROMATOGRAPH, "气相色谱仪", List.of("Agilent|美国", "岛津|日本", "天美|中国"),
                    "柱温 室温+4 ℃ 至 450 ℃", "挥发性有机物分离分析", 20, 60, true),
            new Model(InstrumentClass.SPECTROMETER, "傅里叶变换红外光谱仪", List.of("Bruker|德国", "Thermo Fisher|美国"),
                    "光谱范围 7800–350 cm⁻¹，分辨率 0.4 cm⁻¹", "有机物官能团鉴定、高分子材料分析", 30, 90, true),
            new Model(InstrumentClass.NMR_SPECTROMETER, "超导核磁共振波谱仪", List.of("Bruker|德国", "JEOL|日本"),
                    "场强 400–600 MHz", "有机化合物结构解析", 300, 900, true),
            new Model(InstrumentClass.ELECTRON_MICROSCOPE, "场发射扫描电子显微镜", List.of("蔡司|德国", "日立|日本", "FEI|美国"),
                    "分辨率 0.8 nm @15 kV，放大倍数 12–2000000×", "材料表面形貌与微区成分分析", 200, 600, false),
            new Model(InstrumentClass.ELECTRON_MICROSCOPE, "透射电子显微镜", List.of("FEI|美国", "JEOL|日本"),
                    "点分辨率 0.19 nm，加速电压 200 kV", "纳米材料晶体结构与缺陷分析", 600, 1500, false),
            new Model(InstrumentClass.X_RAY, "X射线衍射仪", List.of("Bruker|德国", "Rigaku|日本", "丹东浩元|中国"),
                    "测角精度 ±0.0001°", "物相定性定量分析、晶粒尺寸测定", 60, 200, true),
            new Model(InstrumentClass.THERMAL_ANALYSER, "同步热分析仪", List.of("NETZSCH|德国", "梅特勒-托利多|瑞士"),
                    "温度范围 室温–1600 ℃", "材料热稳定性与相变分析", 25, 80, true),
            new Model(InstrumentClass.MECHANICAL_TESTER, "电子万能材料试验机", List.of("Instron|美国", "MTS|美国", "长春试验机研究所|中国"),
                    "最大载荷 100 kN，精度 ±0.5%", "金属、复合材料拉伸压缩弯曲试验", 30, 120, true),
            new Model(InstrumentClass.MECHANICAL_TESTER, "电液伺服疲劳试验机", List.of("MTS|美国", "长春机械科学研究院|中国"),
                    "动态载荷 ±250 kN，频率 0.01–50 Hz", "汽车零部件与轨道车辆构件疲劳试验", 150, 500, false),
            new Model(InstrumentClass.OPTICAL_TESTER, "激光共聚焦显微镜", List.of("蔡司|德国", "奥林巴斯|日本", "徕卡|德国"),
                    "横向分辨率 120 nm", "细胞成像与表面三维形貌测量", 150, 400, false),
            new Model(InstrumentClass.PARTICLE_SIZER, "激光粒度分析仪", List.of("马尔文|英国", "新帕泰克|德国"),
                    "测量范围 0.01–3500 μm", "粉体粒度分布测定", 25, 70, true),
            new Model(InstrumentClass.DIMENSIONAL_METROLOGY, "三坐标测量机", List.of("海克斯康|瑞典", "蔡司|德国"),
                    "空间测量精度 1.5+L/350 μm", "精密零件几何尺寸与形位公差检测", 80, 300, false),
            new Model(InstrumentClass.NETWORK_ANALYSER, "矢量网络分析仪", List.of("是德科技|美国", "罗德与施瓦茨|德国", "中电科思仪|中国"),
                    "频率范围 10 MHz–67 GHz", "射频器件与天线参数测试", 60, 260, false),
            new Model(InstrumentClass.NON_DESTRUCTIVE_TESTING, "工业CT检测系统", List.of("YXLON|德国", "GE|美国", "丹东华日|中国"),
                    "空间分辨率 ≤ 5 μm", "铸件、复合材料内部缺陷无损检测", 300, 1200, true),
            new Model(InstrumentClass.ENVIRONMENTAL_CHAMBER, "高低温湿热试验箱", List.of("ESPEC|日本", "伟思富奇|德国", "广州五所|中国"),
                    "温度 −70 ℃–180 ℃，湿度 10–98% RH", "电子电器与汽车零部件环境可靠性试验", 20, 60, false),
            new Model(InstrumentClass.SEQUENCER, "高通量基因测序仪", List.of("Illumina|美国", "华大智造|中国"),
                    "单次运行通量 ≥ 1 Tb", "基因组、转录组测序", 300, 900, true),
            new Model(InstrumentClass.FLOW_CYTOMETER, "流式细胞仪", List.of("BD|美国", "贝克曼库尔特|美国"),
                    "检测通道 ≥ 12 色", "细胞表型分析与分选", 100, 400, true),
            new Model(InstrumentClass.MEDICAL_IMAGING, "小动物活体成像系统", List.of("PerkinElmer|美国", "Bruker|德国"),
                    "灵敏度 ≤ 100 cells", "药效评价与疾病模型研究", 150, 450, false),
            new Model(InstrumentClass.LASER, "飞秒激光器", List.of("相干|美国", "光谱物理|美国", "长春新产业光电|中国"),
                    "脉宽 < 35 fs，平均功率 ≥ 5 W", "超快光谱与微纳加工", 200, 600, false),
            new Model(InstrumentClass.PROCESS_EQUIPMENT, "中试规模喷雾干燥机", List.of("Büchi|瑞士", "上海大川原|中国"),
                    "蒸发量 5–25 kg/h", "中药提取物、食品配料中试干燥", 40, 150, false),
            new Model(InstrumentClass.HIGH_PERFORMANCE_COMPUTING, "高性能计算集群", List.of("浪潮|中国", "曙光|中国", "联想|中国"),
                    "峰值性能 ≥ 200 TFLOPS", "仿真计算与人工智能训练", 300, 1500, false));

    private static final List<String> ROOMS = List.of("分析测试中心", "重点实验室", "工程研究中心", "公共技术服务平台", "中试基地");

    /** Open on weekdays, most 8:30–17:00; some into the evening, some also Saturday mornings, a few only mornings. */
    private static List<Instrument.OpeningHours> openingHours(DemoDice dice) {
        List<Instrument.OpeningHours> hours = new ArrayList<>();
        int pattern = dice.nextInt(10);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (pattern == 0) {
                if (day.getValue() <= 5) {
                    hours.add(new Instrument.OpeningHours(day, "08:30", "12:00"));
                }
            } else if (day.getValue() <= 5) {
                hours.add(new Instrument.OpeningHours(day, "08:30", pattern < 7 ? "17:00" : "20:30"));
            } else if (day == DayOfWeek.SATURDAY && pattern >= 5) {
                hours.add(new Instrument.OpeningHours(day, "09:00", "12:00"));
            }
        }
        return hours;
    }

    static Instrument demo(City city, int index) {
        DemoDice dice = new DemoDice(city, DEMO_SEED, index);
        Model model = dice.pick(MODELS);
        String[] maker = dice.pick(model.makers()).split("\\|");
        String unit = dice.pick(Topics.INSTITUTIONS);
        BigDecimal value = BigDecimal.valueOf(model.minValueWan() + dice.nextInt(model.maxValueWan() - model.minValueWan() + 1))
                .multiply(BigDecimal.valueOf(10_000)).add(BigDecimal.valueOf(dice.nextInt(10_000))).setScale(2);
        // rates roughly follow value: a 500万 electron microscope costs more an hour than a 30万 chromatograph
        BigDecimal hourly = value.divide(BigDecimal.valueOf(5_000), 0, RoundingMode.HALF_UP).max(BigDecimal.valueOf(60)).setScale(2);
        List<Instrument.Fee> fees = new ArrayList<>();
        fees.add(new Instrument.Fee("机时费", Instrument.FeeUnit.HOUR, hourly.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP), hourly));
        if (model.perSample()) {
            BigDecimal perSample = hourly.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            fees.add(new Instrument.Fee("样品测试费", Instrument.FeeUnit.SAMPLE, perSample.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP), perSample));
        }
        int status = dice.nextInt(40);
        return new Instrument(DemoDice.localId("i", index), dice.meta(),
                model.name(), maker[0].substring(0, Math.min(2, maker[0].length())).toUpperCase() + "-" + (100 + dice.nextInt(900)),
                maker[0], maker[1], model.instrumentClass(), value,
                LocalDate.of(2012 + dice.nextInt(12), 1 + dice.nextInt(12), 1 + dice.nextInt(28)),
                unit, city.name() + "市" + unit + dice.pick(ROOMS) + (1 + dice.nextInt(5)) + "0" + (1 + dice.nextInt(9)) + "室",
                status == 0 ? Instrument.Status.MAINTENANCE : Instrument.Status.IN_SERVICE,
                model.indicator(), model.function() + "；可为" + city.name() + "及全省企业、高校提供测试服务。",
                model.perSample() ? "样品需提前预约并附送样单，注明成分与测试要求。" : null,
                dice.nextInt(3) == 0 ? Instrument.Operation.TRAINED_USERS : Instrument.Operation.STAFF_ONLY,
                List.copyOf(fees), openingHours(dice),
                dice.nextInt(5) == 0 ? null : unit + "大型科研仪器开放共享管理办法",
                dice.contact());
    }
}

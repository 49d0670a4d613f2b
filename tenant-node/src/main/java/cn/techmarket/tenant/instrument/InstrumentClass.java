package cn.techmarket.tenant.instrument;

import java.util.Arrays;
import java.util.List;

/**
 * The two levels of the national classification of research instruments (科研仪器设备分类, as the
 * national sharing platform reports them): each class belongs to one category.
 */
public enum InstrumentClass {
    MASS_SPECTROMETER(Category.ANALYTICAL, "质谱仪器"),
    CHROMATOGRAPH(Category.ANALYTICAL, "色谱仪器"),
    SPECTROMETER(Category.ANALYTICAL, "光谱仪器"),
    NMR_SPECTROMETER(Category.ANALYTICAL, "波谱仪器"),
    ELECTRON_MICROSCOPE(Category.ANALYTICAL, "电子光学仪器"),
    X_RAY(Category.ANALYTICAL, "X射线仪器"),
    THERMAL_ANALYSER(Category.ANALYTICAL, "热分析仪器"),
    MECHANICAL_TESTER(Category.PHYSICAL_PROPERTY, "力学性能测试仪器"),
    OPTICAL_TESTER(Category.PHYSICAL_PROPERTY, "光电测量仪器"),
    PARTICLE_SIZER(Category.PHYSICAL_PROPERTY, "颗粒度测量仪器"),
    DIMENSIONAL_METROLOGY(Category.METROLOGY, "长度计量仪器"),
    SIGNAL_ANALYSER(Category.ELECTRONIC_MEASUREMENT, "通用电子测量仪器"),
    NETWORK_ANALYSER(Category.ELECTRONIC_MEASUREMENT, "网络分析仪器"),
    NON_DESTRUCTIVE_TESTING(Category.SPECIAL_TESTING, "无损检测仪器"),
    ENVIRONMENTAL_CHAMBER(Category.SPECIAL_TESTING, "环境试验设备"),
    SEQUENCER(Category.MEDICAL_RESEARCH, "基因测序仪器"),
    FLOW_CYTOMETER(Category.MEDICAL_RESEARCH, "细胞分析仪器"),
    MEDICAL_IMAGING(Category.MEDICAL_RESEARCH, "医学影像设备"),
    LASER(Category.LASER, "激光器"),
    PROCESS_EQUIPMENT(Category.PROCESS, "工艺实验设备"),
    HIGH_PERFORMANCE_COMPUTING(Category.COMPUTING, "高性能计算设备");

    /** The first level. */
    public enum Category {
        ANALYTICAL("分析仪器"),
        PHYSICAL_PROPERTY("物理性能测试仪器"),
        METROLOGY("计量仪器"),
        ELECTRONIC_MEASUREMENT("电子测量仪器"),
        SPECIAL_TESTING("特种检测仪器"),
        MEDICAL_RESEARCH("医学科研仪器"),
        LASER("激光器"),
        PROCESS("工艺试验仪器"),
        COMPUTING("计算机及其配套设备");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public List<InstrumentClass> classes() {
            return Arrays.stream(InstrumentClass.values()).filter(c -> c.category == this).toList();
        }
    }

    private final Category category;
    private final String label;

    InstrumentClass(Category category, String label) {
        this.category = category;
        this.label = label;
    }

    public Category category() {
        return category;
    }

    public String label() {
        return label;
    }
}

// The instrument sharing labels, apart from ../../labels so that the home page does not load them.
type Labels = Record<string, { zh: string; en: string }>;

/** The national classification's first level. */
export const INSTRUMENT_CATEGORIES: Labels = {
  ANALYTICAL: { zh: '分析仪器', en: 'Analytical' },
  PHYSICAL_PROPERTY: { zh: '物理性能测试仪器', en: 'Physical property testing' },
  METROLOGY: { zh: '计量仪器', en: 'Metrology' },
  ELECTRONIC_MEASUREMENT: { zh: '电子测量仪器', en: 'Electronic measurement' },
  SPECIAL_TESTING: { zh: '特种检测仪器', en: 'Special testing' },
  MEDICAL_RESEARCH: { zh: '医学科研仪器', en: 'Medical research' },
  LASER: { zh: '激光器', en: 'Lasers' },
  PROCESS: { zh: '工艺试验仪器', en: 'Process testing' },
  COMPUTING: { zh: '计算机及其配套设备', en: 'Computing' },
};

/** Its second level, each under its category (shown as 分析仪器 / 质谱仪器). */
export const INSTRUMENT_CLASSES: Labels = {
  MASS_SPECTROMETER: { zh: '分析仪器 / 质谱仪器', en: 'Analytical / Mass spectrometers' },
  CHROMATOGRAPH: { zh: '分析仪器 / 色谱仪器', en: 'Analytical / Chromatographs' },
  SPECTROMETER: { zh: '分析仪器 / 光谱仪器', en: 'Analytical / Spectrometers' },
  NMR_SPECTROMETER: { zh: '分析仪器 / 波谱仪器', en: 'Analytical / NMR spectrometers' },
  ELECTRON_MICROSCOPE: { zh: '分析仪器 / 电子光学仪器', en: 'Analytical / Electron microscopes' },
  X_RAY: { zh: '分析仪器 / X射线仪器', en: 'Analytical / X-ray' },
  THERMAL_ANALYSER: { zh: '分析仪器 / 热分析仪器', en: 'Analytical / Thermal analysers' },
  MECHANICAL_TESTER: { zh: '物理性能测试仪器 / 力学性能测试仪器', en: 'Physical / Mechanical testers' },
  OPTICAL_TESTER: { zh: '物理性能测试仪器 / 光电测量仪器', en: 'Physical / Optical testers' },
  PARTICLE_SIZER: { zh: '物理性能测试仪器 / 颗粒度测量仪器', en: 'Physical / Particle sizers' },
  DIMENSIONAL_METROLOGY: { zh: '计量仪器 / 长度计量仪器', en: 'Metrology / Dimensional' },
  SIGNAL_ANALYSER: { zh: '电子测量仪器 / 通用电子测量仪器', en: 'Electronic / Signal analysers' },
  NETWORK_ANALYSER: { zh: '电子测量仪器 / 网络分析仪器', en: 'Electronic / Network analysers' },
  NON_DESTRUCTIVE_TESTING: { zh: '特种检测仪器 / 无损检测仪器', en: 'Special / Non-destructive testing' },
  ENVIRONMENTAL_CHAMBER: { zh: '特种检测仪器 / 环境试验设备', en: 'Special / Environmental chambers' },
  SEQUENCER: { zh: '医学科研仪器 / 基因测序仪器', en: 'Medical / Sequencers' },
  FLOW_CYTOMETER: { zh: '医学科研仪器 / 细胞分析仪器', en: 'Medical / Flow cytometers' },
  MEDICAL_IMAGING: { zh: '医学科研仪器 / 医学影像设备', en: 'Medical / Imaging' },
  LASER: { zh: '激光器 / 激光器', en: 'Lasers' },
  PROCESS_EQUIPMENT: { zh: '工艺试验仪器 / 工艺实验设备', en: 'Process / Equipment' },
  HIGH_PERFORMANCE_COMPUTING: { zh: '计算机及其配套设备 / 高性能计算设备', en: 'Computing / High-performance' },
};

export const VALUE_BANDS: Labels = {
  UNDER_200K: { zh: '20万元以下', en: 'Under 200,000' },
  FROM_200K_TO_500K: { zh: '20万–50万元', en: '200,000–500,000' },
  OVER_500K: { zh: '50万元以上', en: '500,000 and more' },
};

export const INSTRUMENT_STATUSES: Labels = {
  IN_SERVICE: { zh: '在用', en: 'In service' },
  MAINTENANCE: { zh: '维修中', en: 'Under maintenance' },
  RETIRED: { zh: '停用', en: 'Retired' },
};

export const OPERATIONS: Labels = {
  STAFF_ONLY: { zh: '机组人员操作', en: 'Operated by staff' },
  TRAINED_USERS: { zh: '培训后自主操作', en: 'Trained users operate' },
};

export const FEE_UNITS: Labels = {
  HOUR: { zh: '元/小时', en: 'per hour' },
  SAMPLE: { zh: '元/样', en: 'per sample' },
};

export const WEEKDAYS: Labels = {
  MONDAY: { zh: '周一', en: 'Mon' },
  TUESDAY: { zh: '周二', en: 'Tue' },
  WEDNESDAY: { zh: '周三', en: 'Wed' },
  THURSDAY: { zh: '周四', en: 'Thu' },
  FRIDAY: { zh: '周五', en: 'Fri' },
  SATURDAY: { zh: '周六', en: 'Sat' },
  SUNDAY: { zh: '周日', en: 'Sun' },
};

export const BOOKING_MODES: Labels = {
  ON_SITE: { zh: '上机使用', en: 'Use on site' },
  SAMPLE_TESTING: { zh: '送样检测', en: 'Send samples' },
};

export const BOOKING_STATUSES: Labels = {
  REQUESTED: { zh: '待确认', en: 'Requested' },
  CONFIRMED: { zh: '已确认', en: 'Confirmed' },
  DECLINED: { zh: '已拒绝', en: 'Declined' },
  CANCELLED: { zh: '已取消', en: 'Cancelled' },
  COMPLETED: { zh: '已完成', en: 'Completed' },
  ACCEPTED: { zh: '已验收', en: 'Accepted' },
};

export const REVIEW_GRADES: Labels = {
  EXCELLENT: { zh: '优秀', en: 'Excellent' },
  GOOD: { zh: '良好', en: 'Good' },
  PASS: { zh: '合格', en: 'Pass' },
  FAIL: { zh: '不合格', en: 'Fail' },
};

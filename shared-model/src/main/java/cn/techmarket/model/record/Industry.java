package cn.techmarket.model.record;

/**
 * The industry classification of the resource library. It follows the industries the seeds'
 * markets organise their libraries by (吉林: 汽车, 轨道客车, 光电子, 化工新材料, 碳纤维, 生物医药,
 * 现代中药, 农产品加工 ...), each mapped to its GB/T 4754-2017 section so that province figures can
 * be compared with national statistics.
 */
public enum Industry {
    AUTOMOTIVE("汽车及零部件", "C"),
    RAIL_TRANSIT("轨道交通装备", "C"),
    OPTOELECTRONICS("光电子信息", "C"),
    CHEMICAL_NEW_MATERIALS("化工新材料", "C"),
    CARBON_FIBER("碳纤维及复合材料", "C"),
    BIOMEDICINE("生物医药", "C"),
    MODERN_CHINESE_MEDICINE("现代中药", "C"),
    AGRI_FOOD_PROCESSING("农产品加工", "C"),
    MODERN_AGRICULTURE("现代农业", "A"),
    ADVANCED_EQUIPMENT("高端装备制造", "C"),
    NEW_ENERGY("新能源", "D"),
    ENERGY_SAVING_ENVIRONMENT("节能环保", "N"),
    INFORMATION_TECHNOLOGY("电子信息与软件", "I"),
    METALLURGY_BUILDING_MATERIALS("冶金建材", "C");

    private final String label;
    private final String gbSection;

    Industry(String label, String gbSection) {
        this.label = label;
        this.gbSection = gbSection;
    }

    /** Chinese label shown to users. */
    public String label() {
        return label;
    }

    /** GB/T 4754-2017 section letter (门类). */
    public String gbSection() {
        return gbSection;
    }
}

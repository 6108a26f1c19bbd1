/// Vietnamese names by ethnic group and place names, after the Python sample
/// generators (`Samples/make_sopcop.py`): surnames, the middle names men and
/// women are given, and given names, per group.
enum SampleNames {
    struct Group {
        let ethnicity: String
        let surnames: [String]
        let maleMiddle: [String]
        let femaleMiddle: [String]
        let maleGiven: [String]
        let femaleGiven: [String]
    }

    private static func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }
    private static func list(_ text: String) -> [String] { text.split(separator: ",").map { String($0.drop { $0 == " " }) } }

    static let kinh = Group(
        ethnicity: "Kinh",
        surnames: words("Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Phạm Hoàng Huỳnh Vũ Võ Phan Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai"),
        maleMiddle: list("Văn, Văn, Văn, Đức, Minh, Quang, Xuân, Mạnh, Hữu, Ngọc, Thanh, Công, Tiến, Đình"),
        femaleMiddle: list("Thị, Thị, Thị, Thị, Thị Thu, Thị Thanh, Thị Hồng, Thị Minh, Thị Kim, Ngọc, Thu"),
        maleGiven: words("Hùng Dũng Tuấn Long Hải Thắng Trường Cường Nam Sơn Hiếu Tùng Quân Huy Đức Phong Toàn Chiến Bình Khánh Lâm Thành Hưng Mạnh Tú Việt Hoàng Kiên Trung Đạt"),
        femaleGiven: words("Hương Lan Hoa Mai Huyền Trang Hằng Nga Thủy Linh Phương Thảo Hà Nhung Yến Loan Vân Dung Hạnh Oanh Ngân Giang Tâm Quyên"))
    static let thai = Group(
        ethnicity: "Thái",
        surnames: words("Lò Lò Lò Cầm Cầm Tòng Vì Quàng Quàng Lường Lường Hoàng Điêu Lù Hà Bạc Sa"),
        maleMiddle: ["Văn"], femaleMiddle: ["Thị"],
        maleGiven: words("Hùng Thanh Ơn Inh Khiêm Xôm Phanh Chiến Duẩn Hiên Tiên Thương Minh Tuấn Sơn Tươi Quyết Bun Xiêng Hặc Piện Dũng Hải Khánh Bình Phóng Chung Lả Ngoan"),
        femaleGiven: words("Xuân Lả Thoan Ỏn Ín Phương Hoa Hương Mai Lan Thủy Hà Hiền Nhung Ngọc Diệp Xiêm Ên Pọm Hoan Thơm Nga Quyên Mây Duyên Yến"))
    static let mong = Group(
        ethnicity: "Mông",
        surnames: words("Thào Thào Giàng Giàng Vàng Vàng Sùng Mùa Lầu Lý Hờ Tráng Cứ Hạng Má"),
        maleMiddle: ["A", "A", "Văn", "Seo"], femaleMiddle: ["Thị", "Thị", "Mí"],
        maleGiven: words("Chứ Dế Lử Pó Sử Tủa Cháng Chớ Dình Páo Thắng Sính Lềnh Dê Sình Sếnh Vư Nhè Xà Lùng"),
        femaleGiven: words("Mỷ Dợ Chá Mai Dở Sua Pà Hoa Say Máy Nhìa Cở Ly Chư Lỳ"))
    static let tay = Group(
        ethnicity: "Tày",
        surnames: words("Hoàng Hoàng Nông Nông Hà Lương Lục Ma Đàm Triệu Bế Lưu Nguyễn"),
        maleMiddle: list("Văn, Văn, Đức, Xuân"), femaleMiddle: list("Thị, Thị, Thị Thu"),
        maleGiven: words("Thắng Lâm Phúc Tài Khoa Pắc Quý Thuận Sinh Mạnh Đoàn Hiển Nhất Tiến Bảo"),
        femaleGiven: words("Thắm Vân Nhàn Hiền Lụa Mến Thơm Huệ Dung Sen Liên Ngần"))
    static let muong = Group(
        ethnicity: "Mường",
        surnames: words("Bùi Bùi Bùi Đinh Đinh Quách Hà Xa Cao Trương"),
        maleMiddle: ["Văn"], femaleMiddle: ["Thị"],
        maleGiven: words("Thìn Khiêm Hồng Lâm Sang Thượng Chiến Tường Mạnh Hải Doãn Khá Đông Lực"),
        femaleGiven: words("Chiêm Nhung Hồng Xuân Lan Thơm Nguyệt Mơ Tươi Sợi Nụ Hoa"))
    static let khmu = Group(
        ethnicity: "Khơ Mú",
        surnames: words("Lò Lò Vi Vi Cà Quàng Tòng Lường"),
        maleMiddle: ["Văn"], femaleMiddle: ["Thị"],
        maleGiven: words("Pâng Kham Khoa Ón Bun Sinh Thiên Xuyên Tiến Thái Chăn Pọng"),
        femaleGiven: words("Pọm Ngân Sương Kham Bua Ún Xuân Hoa"))
    static let nung = Group(
        ethnicity: "Nùng",
        surnames: words("Hoàng Nông Lý Vi Lăng Chu Mã Lục"),
        maleMiddle: ["Văn"], femaleMiddle: ["Thị"],
        maleGiven: words("Pắn Sình Slằn Vầy Khải Hoàn Tầu Lìn Páo Thành"),
        femaleGiven: words("Slắng Mùi Lìn Thoa Hảo Mây Dìn Ngọc"))
    static let dao = Group(
        ethnicity: "Dao",
        surnames: words("Triệu Triệu Bàn Đặng Lý Phùng Chảo Tẩn"),
        maleMiddle: ["Văn", "Tài", "Tiến"], femaleMiddle: ["Thị", "Mùi"],
        maleGiven: words("Quẩy Phù Chàn Sành Kiềm Tá Lở Vần Sinh Ông"),
        femaleGiven: words("Mẩy Chạn Kiều Nải Mây Xuân Liều Phây"))

    /// Place-name syllables of the north-western highlands (Thái, Mông villages) and of the lowlands.
    static let highlandFirst = words("Mường Nậm Huổi Pá Nà Phiêng Co Bó Hua Púng Sam Tà Ít Chiềng Na Noong Pú Bản Long")
    static let highlandSecond = words("Lèo Lạnh Cang Khá Lếch Vai Hin Sài Mạ Pục Lót Hao Xá Hịa Luông Khoang Tòng Ban Sản Lau Mòn Cọ Dìa Khằng Pồng Khe Chạn Nghịu Mun Bú Lay Chè")
    static let lowlandFirst = words("Tân Hòa Bình Phú An Thanh Quang Minh Đông Hưng Long Phúc Yên Vĩnh Xuân Trung Kim Đồng Hợp Thuận Nghĩa Thiện Thống Mỹ Hồng")
    static let lowlandSecond = words("Lập Bình Thịnh Phong Lộc Hải Sơn Tiến Thành Hưng An Hòa Nhất Lợi Xuân Thắng Quý Tân Đức Mỹ Lạc Phát Khánh Trường Cường")
}

"""Demo cases for ``flask seed-demo`` (read by :func:`feedback.demo.seed_cases`).

Sixty realistic, entirely fictional submissions to the Department of Transport of Bình Định province
(Sở Giao thông vận tải tỉnh Bình Định), written in Vietnamese as citizens and reception staff would write them.
Every name, address, phone number, identity number, licence plate (partly masked), company and decision number is
invented; e-mail addresses use ``example`` domains.

Each dict holds:

* ``kind``, ``channel``, ``category``, ``status`` — codes of :mod:`feedback.domain`, the seeded categories and
  :mod:`feedback.lifecycle`;
* ``days_ago`` — when the case was received, counted back from the moment of seeding;
* ``title``, ``content``, ``location``, ``subject`` (complaints: the decision or act; denunciations: the person
  accused), ``request`` (complaints only), ``anonymous``;
* ``submitters`` — identity dicts for :class:`feedback.services.intake.SubmitterData` (empty when anonymous; two
  group cases, đơn đông người, have five and six signatories);
* ``unit`` — code of the responsible unit (``None`` while the case is still received or in triage);
* ``history`` — the timeline after receipt: ``{"type": "status" | "note", "to", "text", "citizen_visible",
  "days_after"}``, replayed in order through the lifecycle so the final status equals ``status``.

The two filed denunciations are signed with a name that verification could not trace to the writer (tố cáo mạo
danh, Denunciations Law 2018, Art. 25(1)) rather than unsigned: the intake service refuses anonymous denunciations,
so an anonymous one could not be seeded through it.

Run ``python feedback/demo_cases.py`` to check the data against the distribution and the legal rules.
"""

from __future__ import annotations

DEMO_CASES: list[dict] = [
    # ---- feedback --------------------------------------------------------------------------------------------
    {
        "kind": "feedback",
        "channel": "web",
        "category": "road",
        "status": "received",
        "days_ago": 1,
        "title": "Nhiều ổ gà sâu trên QL19 đoạn qua xã Tây Xuân, huyện Tây Sơn",
        "content": (
            "Tôi đi làm hằng ngày trên Quốc lộ 19 từ thị trấn Phú Phong về Quy Nhơn. Khoảng Km 39+200, đoạn qua xã Tây "
            "Xuân, mặt đường làn bên phải hướng đi Quy Nhơn bong tróc thành một chuỗi ổ gà sâu 10–15 cm, dài chừng 30 "
            "m. Sau trận mưa tối ngày 12/10 nước đọng kín các ổ gà, ban đêm rất khó nhận biết; riêng tuần này tôi đã "
            "thấy hai người đi xe máy bị ngã. Đề nghị Sở cho kiểm tra và vá tạm sớm trước khi vào cao điểm mưa lũ."
        ),
        "location": "Km 39+200 Quốc lộ 19, xã Tây Xuân, huyện Tây Sơn",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Lê Minh Tuấn", "address": "Khối 3, thị trấn Phú Phong, huyện Tây Sơn",
                "phone": "0905 318 442", "email": "minhtuan.le@gmail.example", "id_number": None, "organisation": None,
            },
        ],
        "unit": None,
        "history": [],
    },
    {
        "kind": "feedback",
        "channel": "hotline",
        "category": "signs",
        "status": "received",
        "days_ago": 0,
        "title": "Đèn tín hiệu tại nút giao Hùng Vương – Lạc Long Quân chỉ nhấp nháy vàng",
        "content": (
            "Bà Trần Thị Mai gọi đến đường dây nóng lúc 6 giờ 50 phản ánh: cụm đèn tín hiệu tại nút giao đường Hùng "
            "Vương – Lạc Long Quân (phường Nhơn Phú, TP. Quy Nhơn) chỉ nhấp nháy vàng từ khoảng 16 giờ chiều hôm qua. "
            "Giờ cao điểm sáng, xe container và xe đưa đón học sinh qua nút rất đông, các hướng tranh nhau đi, bà "
            "chứng kiến hai xe máy suýt va chạm. Bà đề nghị Sở cử người kiểm tra, khắc phục trong ngày và bố trí người "
            "điều tiết tạm thời."
        ),
        "location": "Nút giao Hùng Vương – Lạc Long Quân, phường Nhơn Phú, TP. Quy Nhơn",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Trần Thị Mai", "address": "45/7 Lạc Long Quân, phường Nhơn Phú, TP. Quy Nhơn",
                "phone": "0914 205 637", "email": None, "id_number": None, "organisation": None,
            },
        ],
        "unit": None,
        "history": [],
    },
    {
        "kind": "feedback",
        "channel": "email",
        "category": "transport",
        "status": "triage",
        "days_ago": 3,
        "title": "Xe khách dừng đón khách trái phép trước cổng bến xe khách Quy Nhơn",
        "content": (
            "Kính gửi Sở Giao thông vận tải. Gia đình tôi ở gần bến xe khách Quy Nhơn trên đường Tây Sơn. Khoảng hai "
            "tuần nay, từ 17 giờ đến 20 giờ hằng ngày, có 4–5 xe giường nằm và xe 16 chỗ dừng sát lề đường ngay trước "
            "cổng bến để đón khách, trong đó có xe mang biển số 77B-012.xx và 51B-347.xx. Người của nhà xe ra tận giữa "
            "đường vẫy khách, gây ùn tắc kéo dài và rất nguy hiểm cho học sinh đi qua. Tôi gửi kèm 6 ảnh chụp ngày "
            "09/10 và đề nghị Sở chỉ đạo kiểm tra, xử lý dứt điểm."
        ),
        "location": "Trước cổng bến xe khách Quy Nhơn, đường Tây Sơn, phường Ghềnh Ráng, TP. Quy Nhơn",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Đặng Quốc Bảo", "address": "27/4 Tây Sơn, phường Ghềnh Ráng, TP. Quy Nhơn",
                "phone": "0935 772 180", "email": "quocbao.dang@example.vn", "id_number": None, "organisation": None,
            },
        ],
        "unit": None,
        "history": [
            {
                "type": "status", "to": "triage",
                "text": (
                    "Văn phòng Sở đang phân loại; nội dung liên quan đến quản lý bến xe và hoạt động kinh doanh vận "
                    "tải hành khách."
                ),
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đề xuất giao Phòng QLVT chủ trì, phối hợp Thanh tra Sở và Đội CSGT Công an TP. Quy Nhơn kiểm tra; "
                    "việc xử phạt dừng, đỗ xe trên đường thuộc thẩm quyền của lực lượng Công an."
                ),
                "citizen_visible": False, "days_after": 2,
            },
        ],
    },
    {
        "kind": "feedback",
        "channel": "web",
        "category": "road",
        "status": "accepted",
        "days_ago": 9,
        "title": "Xe chở cát quá tải làm hư hỏng ĐT639 đoạn qua xã Mỹ Thành, huyện Phù Mỹ",
        "content": (
            "Từ đầu tháng 10 đến nay, mỗi ngày có hàng chục lượt xe ben chở cát từ bãi tập kết ở xã Mỹ Thành chạy trên "
            "ĐT639; nhiều xe cơi nới thành thùng, cát chất cao và chảy nước xuống mặt đường. Đoạn khoảng 500 m gần ngã "
            "ba vào chợ xã nay đã lún, nứt thành nhiều vệt dài, cát rơi vãi khiến người đi xe máy trượt ngã. Tôi đã "
            "ghi lại biển số một số xe như 77C-145.xx, 77C-098.xx và 77H-006.xx. Đề nghị Sở kiểm tra tải trọng xe, yêu "
            "cầu chủ bãi cát khắc phục và sửa chữa mặt đường."
        ),
        "location": "ĐT639 đoạn qua xã Mỹ Thành, huyện Phù Mỹ",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Huỳnh Văn Tám", "address": "Thôn Lộc Thái, xã Mỹ Thành, huyện Phù Mỹ",
                "phone": "0376 514 908", "email": None, "id_number": None, "organisation": None,
            },
        ],
        "unit": "QLKCHT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Giao Phòng Quản lý kết cấu hạ tầng giao thông chủ trì, phối hợp Thanh tra Sở kiểm tra hiện trường "
                    "và tải trọng phương tiện."
                ),
                "citizen_visible": True, "days_after": 3,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã đề nghị đơn vị bảo dưỡng thường xuyên tuyến ĐT639 chụp ảnh hiện trạng, đo chiều dài và diện "
                    "tích đoạn hư hỏng; dự kiến tổ chức kiểm tra tải trọng xe vào tuần tới."
                ),
                "citizen_visible": False, "days_after": 5,
            },
        ],
    },
    {
        "kind": "feedback",
        "channel": "walk_in",
        "category": "conduct",
        "status": "in_progress",
        "days_ago": 18,
        "title": "Công chức tiếp nhận hồ sơ đổi giấy phép lái xe có thái độ thiếu tôn trọng",
        "content": (
            "Bà Phạm Thị Lan đến Phòng tiếp công dân của Sở trình bày: sáng ngày 02/10, bà nộp hồ sơ đổi giấy phép lái "
            "xe hạng B2 tại quầy của Sở ở Trung tâm Phục vụ hành chính công tỉnh. Khi bà hỏi lại về giấy khám sức "
            "khỏe, công chức tiếp nhận (nam, khoảng 35 tuổi, ngồi quầy số 4) nói lớn tiếng, đẩy trả hồ sơ và bảo bà "
            "“về đọc hướng dẫn rồi hãy đến”. Nhiều người đang chờ đã chứng kiến sự việc. Bà đề nghị Sở chấn chỉnh thái "
            "độ phục vụ của công chức này và có lời xin lỗi."
        ),
        "location": "Quầy số 4, Trung tâm Phục vụ hành chính công tỉnh Bình Định",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Phạm Thị Lan", "address": "Tổ 12, khu vực 4, phường Nhơn Bình, TP. Quy Nhơn",
                "phone": "0982 446 113", "email": None, "id_number": None, "organisation": None,
            },
        ],
        "unit": "VP",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": (
                    "Tiếp nhận tại Phòng tiếp công dân; đã lập biên bản ghi nội dung trình bày, bà Lan ký xác nhận."
                ),
                "citizen_visible": True, "days_after": 0,
            },
            {
                "type": "status", "to": "accepted",
                "text": "Giao Văn phòng Sở kiểm tra, làm rõ thái độ, tác phong của công chức tiếp nhận hồ sơ.",
                "citizen_visible": True, "days_after": 2,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Văn phòng Sở đang xác minh sự việc và làm việc với công chức liên quan.",
                "citizen_visible": True, "days_after": 4,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã trích xuất camera quầy số 4 khung giờ 8 giờ – 9 giờ 30 ngày 02/10; công chức liên quan đã nộp "
                    "bản tường trình, thừa nhận có lời lẽ chưa đúng mực. Dự kiến tổ chức kiểm điểm tại Văn phòng."
                ),
                "citizen_visible": False, "days_after": 8,
            },
        ],
    },
    {
        "kind": "feedback",
        "channel": "hotline",
        "category": "safety",
        "status": "reply_approved",
        "days_ago": 12,
        "title": "Hố đào thi công cống trên QL1D không có rào chắn, đèn cảnh báo ban đêm",
        "content": (
            "Một người dân (không cho biết họ tên) gọi đến đường dây nóng lúc 21 giờ 10 phản ánh: đoạn thi công cống "
            "thoát nước trên Quốc lộ 1D gần khu vực Bãi Xép, phường Ghềnh Ráng chỉ quây bằng vài cọc sắt và dây nilon, "
            "không có đèn cảnh báo, không có biển báo công trường. Trời tối và mưa, xe máy từ hướng Sông Cầu về Quy "
            "Nhơn rất khó thấy hố đào sâu khoảng 1,5 m chiếm gần nửa làn đường. Người gọi đề nghị kiểm tra gấp trong "
            "đêm."
        ),
        "location": "Quốc lộ 1D, khu vực Bãi Xép, phường Ghềnh Ráng, TP. Quy Nhơn",
        "subject": None,
        "request": None,
        "anonymous": True,
        "submitters": [],
        "unit": "QLKCHT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": (
                    "Tiếp nhận qua đường dây nóng; tính chất khẩn cấp, chuyển ngay Phòng Quản lý kết cấu hạ tầng giao "
                    "thông."
                ),
                "citizen_visible": True, "days_after": 0,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Nội dung thuộc thẩm quyền của Sở; giao Phòng Quản lý kết cấu hạ tầng giao thông chủ trì xử lý."
                ),
                "citizen_visible": True, "days_after": 0,
            },
            {
                "type": "status", "to": "in_progress",
                "text": (
                    "Đã yêu cầu nhà thầu bổ sung ngay rào chắn cứng, đèn chớp và biển báo công trường; Thanh tra Sở "
                    "kiểm tra hiện trường."
                ),
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Kiểm tra lúc 20 giờ ngày hôm sau: nhà thầu đã bổ sung 6 đèn chớp vàng, 2 biển báo “Công trường” "
                    "và rào chắn tôn. Đề nghị lập biên bản vì thi công không đúng phương án tổ chức giao thông đã được "
                    "chấp thuận."
                ),
                "citizen_visible": False, "days_after": 2,
            },
            {
                "type": "note", "to": None, "text": "Đã hẹn kiểm tra lại trước khi nhà thầu hoàn trả mặt đường.",
                "citizen_visible": False, "days_after": 6,
            },
            {
                "type": "status", "to": "reply_drafted",
                "text": (
                    "Dự thảo văn bản trả lời công dân về việc yêu cầu nhà thầu bổ sung rào chắn, "
                    "đèn cảnh báo."
                ),
                "citizen_visible": False, "days_after": 8,
            },
            {
                "type": "status", "to": "reply_approved",
                "text": (
                    "Lãnh đạo phòng đã duyệt văn bản trả lời."
                ),
                "citizen_visible": False, "days_after": 10,
            },
        ],
    },
    {
        "kind": "feedback",
        "channel": "web",
        "category": "signs",
        "status": "awaiting_citizen",
        "days_ago": 21,
        "title": "Biển hạn chế tải trọng cầu trên ĐT640 bị cây xanh che khuất",
        "content": (
            "Trên ĐT640 đoạn qua xã Phước Thắng, huyện Tuy Phước có một cây cầu nhỏ cắm biển hạn chế tải trọng, nhưng "
            "biển bị cành cây che gần hết, từ xa không đọc được. Tôi chạy xe tải nhẹ giao hàng tuyến này và thường "
            "thấy xe tải nặng chở vật liệu vẫn chạy qua cầu. Đề nghị Sở cho tỉa cây hoặc dời biển ra vị trí dễ quan "
            "sát."
        ),
        "location": "ĐT640 đoạn qua xã Phước Thắng, huyện Tuy Phước",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Võ Văn Cường", "address": "Thôn Lộc Thượng, xã Phước Hòa, huyện Tuy Phước",
                "phone": "0868 930 254", "email": "vocuong.tp@gmail.example", "id_number": None, "organisation": None,
            },
        ],
        "unit": "QLKCHT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Nội dung thuộc thẩm quyền của Sở; giao Phòng Quản lý kết cấu hạ tầng giao thông chủ trì xử lý."
                ),
                "citizen_visible": True, "days_after": 2,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Phòng Quản lý kết cấu hạ tầng giao thông đang kiểm tra, xác minh nội dung.",
                "citizen_visible": True, "days_after": 4,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đơn vị bảo dưỡng báo trên ĐT640 đoạn qua xã Phước Thắng có 3 cầu nhỏ đều cắm biển hạn chế tải "
                    "trọng; chưa xác định được cầu người dân phản ánh."
                ),
                "citizen_visible": False, "days_after": 6,
            },
            {
                "type": "status", "to": "awaiting_citizen",
                "text": (
                    "Đề nghị ông cung cấp thêm vị trí cụ thể (tên cầu, lý trình hoặc công trình, nhà dân gần nhất) "
                    "hoặc ảnh chụp biển báo để Sở kiểm tra chính xác. Thời gian chờ bổ sung không tính vào thời hạn xử "
                    "lý."
                ),
                "citizen_visible": True, "days_after": 7,
            },
        ],
    },
    {
        "kind": "feedback",
        "channel": "web",
        "category": "road",
        "status": "resolved",
        "days_ago": 46,
        "title": "ĐT638 đoạn qua xã Canh Vinh bị ngập do mương thoát nước bị lấp",
        "content": (
            "Mỗi khi mưa lớn, ĐT638 đoạn qua xã Canh Vinh, huyện Vân Canh bị ngập sâu 30–40 cm trên chiều dài khoảng "
            "200 m vì mương dọc bên phải tuyến bị đất đá và rác lấp kín, cống ngang không thoát được nước. Học sinh đi "
            "học phải dắt xe qua chỗ ngập, xe máy chết máy giữa đường. Đề nghị Sở cho nạo vét mương và thông cống "
            "trước mùa mưa bão."
        ),
        "location": "ĐT638 đoạn qua xã Canh Vinh, huyện Vân Canh",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Dương Văn Phước", "address": "Thôn Hiệp Vinh 2, xã Canh Vinh, huyện Vân Canh",
                "phone": "0399 127 560", "email": None, "id_number": None, "organisation": None,
            },
        ],
        "unit": "QLKCHT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Nội dung thuộc thẩm quyền của Sở; giao Phòng Quản lý kết cấu hạ tầng giao thông chủ trì xử lý."
                ),
                "citizen_visible": True, "days_after": 2,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Đã giao đơn vị bảo dưỡng thường xuyên tuyến ĐT638 kiểm tra hiện trường.",
                "citizen_visible": True, "days_after": 3,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Kiểm tra hiện trường: mương dọc bị bồi lấp khoảng 180 m, cống ngang D80 bị tắc hoàn toàn; đã yêu "
                    "cầu nạo vét trong 10 ngày."
                ),
                "citizen_visible": False, "days_after": 5,
            },
            {
                "type": "status", "to": "reply_drafted",
                "text": "Đã dự thảo văn bản trả lời, trình Lãnh đạo Sở xem xét.", "citizen_visible": False,
                "days_after": 14,
            },
            {
                "type": "status", "to": "reply_approved", "text": "Lãnh đạo Sở đã duyệt văn bản trả lời.",
                "citizen_visible": False, "days_after": 15,
            },
            {
                "type": "status", "to": "resolved",
                "text": (
                    "Sở Giao thông vận tải trả lời ông Dương Văn Phước: đơn vị bảo dưỡng thường xuyên tuyến ĐT638 đã "
                    "nạo vét toàn bộ 180 m mương dọc và thông cống ngang tại khu vực ông phản ánh. Sở đã đưa vị trí "
                    "này vào danh sách theo dõi trong mùa mưa bão và sẽ xem xét nâng cấp cống trong kế hoạch sửa chữa "
                    "năm tới. Cảm ơn ông đã phản ánh."
                ),
                "citizen_visible": True, "days_after": 16,
            },
        ],
    },
    {
        "kind": "feedback",
        "channel": "email",
        "category": "signs",
        "status": "resolved",
        "days_ago": 58,
        "title": "Thiếu biển báo chỗ ngoặt nguy hiểm trên ĐT629 đoạn qua xã An Hòa, huyện An Lão",
        "content": (
            "Tôi là giáo viên, hằng ngày đi từ Bồng Sơn lên An Lão trên ĐT629. Đoạn qua xã An Hòa có 3 khúc cua liên "
            "tiếp men sườn đồi, tầm nhìn bị che khuất nhưng không có biển báo chỗ ngoặt nguy hiểm, vạch sơn tim đường "
            "đã mờ hẳn. Tối ngày 25/8, một xe tải và một xe máy đã va chạm tại khúc cua thứ hai, người đi xe máy bị "
            "thương nặng. Đề nghị Sở bổ sung biển báo, gương cầu lồi và sơn lại vạch kẻ đường."
        ),
        "location": "ĐT629 đoạn qua xã An Hòa, huyện An Lão",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Đinh Thị Bích Ngọc", "address": "Thôn Vạn Long, xã An Hòa, huyện An Lão",
                "phone": "0971 663 018", "email": "bichngoc.dinh@example.vn", "id_number": None, "organisation": None,
            },
        ],
        "unit": "QLKCHT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 0,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Nội dung thuộc thẩm quyền của Sở; giao Phòng Quản lý kết cấu hạ tầng giao thông chủ trì xử lý."
                ),
                "citizen_visible": True, "days_after": 2,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Phòng Quản lý kết cấu hạ tầng giao thông đang kiểm tra, xác minh nội dung.",
                "citizen_visible": True, "days_after": 3,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã khảo sát cùng Đội CSGT huyện An Lão: đề xuất 04 biển báo nhiều chỗ ngoặt nguy hiểm liên tiếp, "
                    "03 gương cầu lồi, sơn lại vạch; kinh phí từ nguồn bảo dưỡng thường xuyên."
                ),
                "citizen_visible": False, "days_after": 7,
            },
            {
                "type": "status", "to": "reply_drafted",
                "text": "Đã dự thảo văn bản trả lời, trình Lãnh đạo Sở xem xét.", "citizen_visible": False,
                "days_after": 24,
            },
            {
                "type": "status", "to": "reply_approved", "text": "Lãnh đạo Sở đã duyệt văn bản trả lời.",
                "citizen_visible": False, "days_after": 25,
            },
            {
                "type": "status", "to": "resolved",
                "text": (
                    "Sở Giao thông vận tải trả lời bà Đinh Thị Bích Ngọc: sau khi kiểm tra hiện trường, Sở đã chỉ đạo "
                    "đơn vị bảo dưỡng thường xuyên tuyến ĐT629 lắp bổ sung 04 biển báo “Nhiều chỗ ngoặt nguy hiểm liên "
                    "tiếp”, 03 gương cầu lồi và sơn lại 650 m vạch tim đường, vạch mép đường tại đoạn qua xã An Hòa. "
                    "Việc thi công đã hoàn thành. Sở cảm ơn bà đã phản ánh."
                ),
                "citizen_visible": True, "days_after": 27,
            },
        ],
    },
    {
        "kind": "feedback",
        "channel": "hotline",
        "category": "road",
        "status": "forwarded",
        "days_ago": 27,
        "title": "Mặt đường QL1A đoạn qua phường Tam Quan Bắc bị hằn lún, nhiều ổ gà",
        "content": (
            "Ông Ngô Thanh Sơn gọi đến đường dây nóng phản ánh: trên Quốc lộ 1A, khoảng Km 1130 đoạn qua phường Tam "
            "Quan Bắc, thị xã Hoài Nhơn, mặt đường làn xe thô sơ bị hằn lún vệt bánh xe sâu, có nhiều ổ gà. Ông cho "
            "biết tối ngày 20/9 đã có một xe máy chở hàng bị lật tại đây. Ông đề nghị cơ quan chức năng sửa chữa sớm."
        ),
        "location": "Km 1130 Quốc lộ 1A, phường Tam Quan Bắc, thị xã Hoài Nhơn",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Ngô Thanh Sơn", "address": "Khu phố Tân An, phường Tam Quan Bắc, thị xã Hoài Nhơn",
                "phone": "0947 281 350", "email": None, "id_number": None, "organisation": None,
            },
        ],
        "unit": "VP",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 0,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đoạn Km 1130 Quốc lộ 1A do Khu Quản lý đường bộ III trực tiếp quản lý, không thuộc phạm vi Sở "
                    "được giao quản lý."
                ),
                "citizen_visible": False, "days_after": 1,
            },
            {
                "type": "status", "to": "forwarded",
                "text": (
                    "Chuyển nội dung phản ánh đến Khu Quản lý đường bộ III (Cục Đường bộ Việt Nam) là đơn vị quản lý "
                    "Quốc lộ 1A đoạn qua thị xã Hoài Nhơn để xử lý theo thẩm quyền; đã thông báo cho ông Sơn qua điện "
                    "thoại."
                ),
                "citizen_visible": True, "days_after": 2,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Khu Quản lý đường bộ III phản hồi đã giao đơn vị bảo dưỡng vá ổ gà và lập kế hoạch cào bóc hằn "
                    "lún."
                ),
                "citizen_visible": False, "days_after": 9,
            },
        ],
    },
    # ---- suggestion ------------------------------------------------------------------------------------------
    {
        "kind": "suggestion",
        "channel": "suggestion_box",
        "category": "procedure",
        "status": "received",
        "days_ago": 2,
        "title": "Bố trí thêm ghế chờ và máy lấy số thứ tự tại quầy của Sở",
        "content": (
            "Phiếu góp ý không ghi tên, bỏ tại hòm thư góp ý của Sở ở Trung tâm Phục vụ hành chính công tỉnh: “Sáng "
            "thứ Hai người đến đổi giấy phép lái xe rất đông, khu vực của Sở chỉ có 6 ghế nên nhiều người lớn tuổi "
            "phải đứng chờ cả tiếng. Đề nghị bố trí thêm ghế, có máy lấy số thứ tự để khỏi chen lấn và niêm yết rõ "
            "những giấy tờ cần mang theo.”"
        ),
        "location": "Khu vực quầy của Sở tại Trung tâm Phục vụ hành chính công tỉnh Bình Định",
        "subject": None,
        "request": None,
        "anonymous": True,
        "submitters": [],
        "unit": None,
        "history": [],
    },
    {
        "kind": "suggestion",
        "channel": "web",
        "category": "transport",
        "status": "received",
        "days_ago": 4,
        "title": "Đề nghị tăng chuyến xe buýt tuyến Quy Nhơn – Tam Quan vào giờ cao điểm cuối tuần",
        "content": (
            "Em là sinh viên, cuối tuần thường về Hoài Nhơn bằng xe buýt tuyến Quy Nhơn – Tam Quan. Chiều thứ Sáu và "
            "chiều Chủ nhật xe thường quá tải, nhiều chuyến chạy qua điểm dừng trước Trường Đại học Quy Nhơn mà không "
            "dừng vì hết chỗ, có hôm em chờ hơn một tiếng. Em góp ý nên tăng chuyến trong khung giờ 16–19 giờ hai ngày "
            "này và công bố giờ xe chạy trên ứng dụng để hành khách chủ động."
        ),
        "location": "Điểm dừng xe buýt trước Trường Đại học Quy Nhơn, đường An Dương Vương, TP. Quy Nhơn",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Trần Minh Nhật",
                "address": "Ký túc xá Trường Đại học Quy Nhơn, phường Nguyễn Văn Cừ, TP. Quy Nhơn",
                "phone": "0336 482 917", "email": "minhnhat.sv@gmail.example", "id_number": None, "organisation": None,
            },
        ],
        "unit": None,
        "history": [],
    },
    {
        "kind": "suggestion",
        "channel": "hotline",
        "category": "bridge",
        "status": "triage",
        "days_ago": 5,
        "title": "Góp ý lắp camera và biển cấm dừng, đỗ xe trên cầu Thị Nại",
        "content": (
            "Ông Lâm Quang Vinh gọi đến đường dây nóng góp ý: tối các ngày cuối tuần, nhiều nhóm thanh niên dừng xe "
            "máy trên cầu Thị Nại để chụp ảnh, hóng mát, có nhóm chạy tốc độ cao, lạng lách từ đầu cầu phía Nhơn Hội "
            "về Quy Nhơn. Đoạn giữa cầu ánh sáng yếu, xe tải ra vào Khu kinh tế Nhơn Hội chạy nhanh nên rất dễ xảy ra "
            "tai nạn. Ông góp ý lắp camera giám sát, biển “Cấm dừng và đỗ xe” ở hai đầu cầu và thay các bóng đèn chiếu "
            "sáng đã hỏng."
        ),
        "location": "Cầu Thị Nại, TP. Quy Nhơn",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Lâm Quang Vinh", "address": "Thôn Lý Hưng, xã Nhơn Lý, TP. Quy Nhơn",
                "phone": "0905 618 233", "email": "quangvinh.lam@example.vn", "id_number": None, "organisation": None,
            },
        ],
        "unit": None,
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 2,
            },
        ],
    },
    {
        "kind": "suggestion",
        "channel": "walk_in",
        "category": "inland",
        "status": "triage",
        "days_ago": 7,
        "title": "Góp ý về an toàn trên tàu chở khách tuyến Quy Nhơn – Nhơn Châu",
        "content": (
            "Ông Trương Công Danh, ngư dân ở xã Nhơn Châu, đến Phòng tiếp công dân của Sở trình bày: tàu chở khách từ "
            "Quy Nhơn ra đảo Nhơn Châu (Cù Lao Xanh) dịp cuối tuần thường chở đông, khách du lịch ngồi cả trên nóc "
            "cabin, nhiều người không mặc áo phao. Ông góp ý Sở yêu cầu chủ tàu niêm yết số khách tối đa, phát áo phao "
            "trước khi tàu rời bến và tổ chức kiểm tra đột xuất vào thứ Bảy, Chủ nhật."
        ),
        "location": "Tuyến tàu khách Quy Nhơn – xã đảo Nhơn Châu",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Trương Công Danh", "address": "Thôn Tây, xã Nhơn Châu, TP. Quy Nhơn",
                "phone": "0964 305 721", "email": None, "id_number": None, "organisation": None,
            },
        ],
        "unit": None,
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đề xuất giao Phòng QLVT phối hợp Thanh tra Sở kiểm tra; cần rà soát danh sách tàu đang được cấp "
                    "phép khai thác tuyến và sức chở ghi trong giấy chứng nhận an toàn kỹ thuật."
                ),
                "citizen_visible": False, "days_after": 3,
            },
        ],
    },
    {
        "kind": "suggestion",
        "channel": "web",
        "category": "licence",
        "status": "accepted",
        "days_ago": 11,
        "title": "Góp ý cải tiến phần mềm đăng ký lịch sát hạch lái xe mô tô",
        "content": (
            "Tôi đăng ký sát hạch lái xe mô tô hạng A1 qua mạng nhưng phần mềm chỉ cho chọn lịch tại một trung tâm ở "
            "Quy Nhơn, trong khi tôi ở Hoài Ân, đi lại gần 100 km. Trang đăng ký cũng không cho biết kỳ sát hạch nào "
            "còn chỗ. Đề nghị Sở bổ sung thông tin số chỗ còn trống của từng kỳ, cho chọn địa điểm gần nhà và gửi tin "
            "nhắn nhắc lịch trước 1–2 ngày."
        ),
        "location": None,
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Mai Xuân Trường", "address": "Khối Phụ Đức, thị trấn Tăng Bạt Hổ, huyện Hoài Ân",
                "phone": "0357 219 884", "email": "xuantruong.mai@gmail.example", "id_number": None,
                "organisation": None,
            },
        ],
        "unit": "QLVT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Giao Phòng Quản lý vận tải, phương tiện và người lái nghiên cứu, phối hợp đơn vị cung cấp phần "
                    "mềm."
                ),
                "citizen_visible": True, "days_after": 3,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Phần mềm hiện chỉ hiển thị lịch của 2 trung tâm sát hạch; đã đề nghị nhà cung cấp báo giá chức "
                    "năng hiển thị số chỗ trống và nhắc lịch bằng tin nhắn."
                ),
                "citizen_visible": False, "days_after": 6,
            },
        ],
    },
    {
        "kind": "suggestion",
        "channel": "suggestion_box",
        "category": "transport",
        "status": "in_progress",
        "days_ago": 19,
        "title": "Đề nghị lắp mái che tại các điểm dừng xe buýt trên QL1A đoạn qua thị xã An Nhơn",
        "content": (
            "Phiếu góp ý của bà Bùi Thị Thu Hà bỏ tại hòm thư góp ý ở bến xe khách Quy Nhơn: các điểm dừng xe buýt "
            "trên tuyến Quy Nhơn – Bồng Sơn đoạn qua thị xã An Nhơn chỉ có cột biển báo, không có mái che, ghế ngồi. "
            "Trời nắng gắt hoặc mưa, người già và học sinh phải đứng chờ ngoài trời. Bà đề nghị mỗi điểm dừng có mái "
            "che đơn giản và bảng giờ chạy xe."
        ),
        "location": "Các điểm dừng xe buýt trên QL1A, thị xã An Nhơn",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Bùi Thị Thu Hà", "address": "Khu phố Liêm Định, phường Nhơn Thành, thị xã An Nhơn",
                "phone": "0906 551 372", "email": None, "id_number": None, "organisation": None,
            },
        ],
        "unit": "QLVT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 2,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Nội dung thuộc thẩm quyền của Sở; giao Phòng Quản lý vận tải, phương tiện và người lái chủ trì xử "
                    "lý."
                ),
                "citizen_visible": True, "days_after": 4,
            },
            {
                "type": "status", "to": "in_progress",
                "text": (
                    "Phòng QLVT đang rà soát hiện trạng các điểm dừng trên đoạn tuyến và làm việc với đơn vị khai thác "
                    "tuyến về khả năng xã hội hóa nhà chờ."
                ),
                "citizen_visible": True, "days_after": 6,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã khảo sát 14 điểm dừng: 3 điểm đủ mặt bằng để lắp nhà chờ; cần ý kiến Phòng QLKCHT về hành lang "
                    "an toàn đường bộ trước khi đề xuất."
                ),
                "citizen_visible": False, "days_after": 10,
            },
        ],
    },
    {
        "kind": "suggestion",
        "channel": "web",
        "category": "signs",
        "status": "awaiting_citizen",
        "days_ago": 24,
        "title": "Đề xuất lắp đèn tín hiệu tại nút giao ĐT639 vào thị trấn Cát Tiến",
        "content": (
            "Vào mùa du lịch, lượng xe qua nút giao giữa ĐT639 và đường vào trung tâm thị trấn Cát Tiến tăng rất cao, "
            "xe khách du lịch và xe tải chạy tuyến ven biển đi nhanh, người dân từ trong thị trấn ra rất khó sang "
            "đường. Tôi đề xuất lắp đèn tín hiệu giao thông hoặc làm đảo tròn tại nút này, trước mắt có thể lắp đèn "
            "vàng nhấp nháy và biển hạn chế tốc độ."
        ),
        "location": "ĐT639, thị trấn Cát Tiến, huyện Phù Cát",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Châu Minh Khoa", "address": "Khu phố Chánh Oai, thị trấn Cát Tiến, huyện Phù Cát",
                "phone": "0918 244 605", "email": "minhkhoa.chau@example.vn", "id_number": None, "organisation": None,
            },
        ],
        "unit": "QLKCHT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Nội dung thuộc thẩm quyền của Sở; giao Phòng Quản lý kết cấu hạ tầng giao thông chủ trì xử lý."
                ),
                "citizen_visible": True, "days_after": 3,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Phòng Quản lý kết cấu hạ tầng giao thông đang kiểm tra, xác minh nội dung.",
                "citizen_visible": True, "days_after": 5,
            },
            {
                "type": "status", "to": "awaiting_citizen",
                "text": (
                    "Sở ghi nhận đề xuất. Tại khu vực có hai nút giao cách nhau khoảng 400 m; đề nghị ông cho biết cụ "
                    "thể nút giao nào (có thể gửi sơ đồ hoặc ảnh chụp) và khung giờ thường ùn tắc để Sở tổ chức đếm "
                    "lưu lượng xe."
                ),
                "citizen_visible": True, "days_after": 9,
            },
        ],
    },
    {
        "kind": "suggestion",
        "channel": "web",
        "category": "safety",
        "status": "resolved",
        "days_ago": 38,
        "title": "Góp ý thay và bổ sung gương cầu lồi trên đèo Vĩnh Sơn, ĐT637",
        "content": (
            "Tôi lái xe khách tuyến Quy Nhơn – Vĩnh Thạnh – Vĩnh Sơn. Đèo Vĩnh Sơn trên ĐT637 có nhiều khúc cua tay áo "
            "khuất tầm nhìn, nhưng một số gương cầu lồi đã vỡ hoặc mờ đục, có khúc cua không có gương. Sương mù buổi "
            "sáng rất dày, xe lên xuống đèo khó quan sát nhau. Đề nghị Sở thay mới các gương hư hỏng và lắp thêm "
            "gương, cọc tiêu phản quang ở các khúc cua nguy hiểm."
        ),
        "location": "Đèo Vĩnh Sơn, ĐT637, huyện Vĩnh Thạnh",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Tô Văn Đức", "address": "Khối 2, thị trấn Vĩnh Thạnh, huyện Vĩnh Thạnh",
                "phone": "0911 730 486", "email": None, "id_number": None,
                "organisation": "Hợp tác xã Vận tải Vĩnh Thạnh",
            },
        ],
        "unit": "QLKCHT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Nội dung thuộc thẩm quyền của Sở; giao Phòng Quản lý kết cấu hạ tầng giao thông chủ trì xử lý."
                ),
                "citizen_visible": True, "days_after": 2,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Phòng Quản lý kết cấu hạ tầng giao thông đang kiểm tra, xác minh nội dung.",
                "citizen_visible": True, "days_after": 4,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Kiểm tra tuyến: 5 gương cầu lồi bị vỡ, mờ; 4 khúc cua khuất tầm nhìn chưa có gương. Đã lập dự "
                    "toán thay thế từ nguồn bảo dưỡng thường xuyên."
                ),
                "citizen_visible": False, "days_after": 8,
            },
            {
                "type": "status", "to": "reply_drafted",
                "text": "Đã dự thảo văn bản trả lời, trình Lãnh đạo Sở xem xét.", "citizen_visible": False,
                "days_after": 20,
            },
            {
                "type": "status", "to": "reply_approved", "text": "Lãnh đạo Sở đã duyệt văn bản trả lời.",
                "citizen_visible": False, "days_after": 21,
            },
            {
                "type": "status", "to": "resolved",
                "text": (
                    "Sở Giao thông vận tải trả lời ông Tô Văn Đức: Sở đã chỉ đạo thay mới 5 gương cầu lồi bị hư hỏng, "
                    "lắp bổ sung 4 gương và 60 cọc tiêu phản quang tại các khúc cua khuất tầm nhìn trên đèo Vĩnh Sơn, "
                    "ĐT637. Việc thi công đã hoàn thành. Đề nghị các đơn vị vận tải nhắc lái xe giảm tốc độ, bật đèn "
                    "khi có sương mù. Cảm ơn ông đã góp ý."
                ),
                "citizen_visible": True, "days_after": 22,
            },
        ],
    },
    {
        "kind": "suggestion",
        "channel": "suggestion_box",
        "category": "procedure",
        "status": "resolved",
        "days_ago": 52,
        "title": "Góp ý niêm yết lệ phí, thời hạn giải quyết và hướng dẫn người cao tuổi nộp hồ sơ",
        "content": (
            "Phiếu góp ý của ông Lê Văn Chín bỏ tại hòm thư góp ý của Sở: ông đã 68 tuổi, không rành điện thoại thông "
            "minh nhưng khi đến đổi giấy phép lái xe được hướng dẫn về nhà tự nộp trực tuyến. Bảng niêm yết tại quầy "
            "chữ nhỏ, không ghi rõ lệ phí và số ngày trả kết quả. Ông góp ý Sở niêm yết rõ lệ phí, thời hạn, có mẫu tờ "
            "khai điền sẵn và bố trí người hướng dẫn trực tiếp cho người cao tuổi."
        ),
        "location": "Quầy của Sở tại Trung tâm Phục vụ hành chính công tỉnh Bình Định",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Lê Văn Chín", "address": "Thôn Thanh Giang, xã Nhơn Hậu, thị xã An Nhơn",
                "phone": "0256 3 835 217", "email": None, "id_number": None, "organisation": None,
            },
        ],
        "unit": "VP",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Hòm thư góp ý được mở định kỳ ngày thứ Sáu; phiếu góp ý đã được vào sổ.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": "Nội dung thuộc thẩm quyền của Sở; giao Văn phòng Sở chủ trì xử lý.", "citizen_visible": True,
                "days_after": 2,
            },
            {
                "type": "status", "to": "in_progress", "text": "Văn phòng Sở đang kiểm tra, xác minh nội dung.",
                "citizen_visible": True, "days_after": 3,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Trung tâm Phục vụ hành chính công đồng ý bố trí thêm 1 bàn hướng dẫn vào các buổi sáng đông "
                    "người."
                ),
                "citizen_visible": False, "days_after": 10,
            },
            {
                "type": "status", "to": "reply_drafted",
                "text": "Đã dự thảo văn bản trả lời, trình Lãnh đạo Sở xem xét.", "citizen_visible": False,
                "days_after": 15,
            },
            {
                "type": "status", "to": "reply_approved", "text": "Lãnh đạo Sở đã duyệt văn bản trả lời.",
                "citizen_visible": False, "days_after": 16,
            },
            {
                "type": "status", "to": "resolved",
                "text": (
                    "Sở Giao thông vận tải trả lời ông Lê Văn Chín: Sở đã niêm yết bảng tổng hợp thủ tục, lệ phí và "
                    "thời hạn giải quyết bằng cỡ chữ lớn tại quầy, in sẵn mẫu tờ khai có hướng dẫn cách điền và bố trí "
                    "công chức hướng dẫn, hỗ trợ nộp hồ sơ trực tuyến vào sáng thứ Hai, thứ Tư hằng tuần. Người cao "
                    "tuổi vẫn được nộp hồ sơ giấy trực tiếp tại quầy. Cảm ơn ông đã góp ý."
                ),
                "citizen_visible": True, "days_after": 18,
            },
        ],
    },
    {
        "kind": "suggestion",
        "channel": "hotline",
        "category": "road",
        "status": "closed",
        "days_ago": 96,
        "title": "Góp ý bố trí bãi dừng nghỉ cho xe tải trước đèo An Khê trên QL19",
        "content": (
            "Ông Lương Văn Thịnh, lái xe đầu kéo, gọi đến đường dây nóng góp ý: xe tải, xe container chạy QL19 lên Tây "
            "Nguyên thường phải dừng đỗ dọc lề đường ở chân đèo An Khê (xã Tây Giang, huyện Tây Sơn) để kiểm tra "
            "phanh, làm mát xe, ban đêm rất nguy hiểm vì không có chỗ đỗ và chiếu sáng. Ông góp ý bố trí một bãi dừng "
            "nghỉ có đèn chiếu sáng, nhà vệ sinh và chỗ kiểm tra xe trước khi lên đèo."
        ),
        "location": "Chân đèo An Khê, Quốc lộ 19, xã Tây Giang, huyện Tây Sơn",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Lương Văn Thịnh", "address": "Tổ 3, khu vực 7, phường Trần Quang Diệu, TP. Quy Nhơn",
                "phone": "0838 602 915", "email": None, "id_number": None, "organisation": None,
            },
        ],
        "unit": "KHTC",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": "Giao Phòng Kế hoạch – Tài chính nghiên cứu, đề xuất trong quy hoạch trạm dừng nghỉ.",
                "citizen_visible": True, "days_after": 3,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Phòng Kế hoạch – Tài chính đang kiểm tra, xác minh nội dung.", "citizen_visible": True,
                "days_after": 5,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã làm việc với UBND huyện Tây Sơn về quỹ đất; khu đất trống cách chân đèo khoảng 2 km có thể bố "
                    "trí bãi đỗ tạm."
                ),
                "citizen_visible": False, "days_after": 21,
            },
            {
                "type": "status", "to": "reply_drafted",
                "text": "Đã dự thảo văn bản trả lời, trình Lãnh đạo Sở xem xét.", "citizen_visible": False,
                "days_after": 33,
            },
            {
                "type": "status", "to": "reply_approved", "text": "Lãnh đạo Sở đã duyệt văn bản trả lời.",
                "citizen_visible": False, "days_after": 34,
            },
            {
                "type": "status", "to": "resolved",
                "text": (
                    "Sở Giao thông vận tải trả lời ông Lương Văn Thịnh: Sở đã đề xuất bổ sung trạm dừng nghỉ khu vực "
                    "chân đèo An Khê vào quy hoạch hệ thống trạm dừng nghỉ trên Quốc lộ 19. Trong thời gian chờ đầu "
                    "tư, Sở đã phối hợp UBND huyện Tây Sơn bố trí bãi đỗ tạm có chiếu sáng cho xe tải tại khu đất cách "
                    "chân đèo khoảng 2 km và cắm biển chỉ dẫn. Cảm ơn ông đã góp ý."
                ),
                "citizen_visible": True, "days_after": 36,
            },
            {
                "type": "status", "to": "closed",
                "text": "Đã gửi văn bản trả lời, không phát sinh nội dung mới; đóng hồ sơ, lưu trữ theo quy định.",
                "citizen_visible": True, "days_after": 51,
            },
        ],
    },
    # ---- petition --------------------------------------------------------------------------------------------
    {
        "kind": "petition",
        "channel": "web",
        "category": "safety",
        "status": "received",
        "days_ago": 1,
        "title": "Kiến nghị lắp gờ giảm tốc, đèn vàng trước trường tiểu học trên QL19B, xã Cát Hanh",
        "content": (
            "Tôi là phụ huynh học sinh Trường Tiểu học số 1 Cát Hanh. Cổng trường nằm sát QL19B, xe tải chở đá và xe "
            "khách chạy qua với tốc độ cao, không có gờ giảm tốc, biển báo khu vực trường học bị che khuất và không có "
            "vạch sơn cho người đi bộ. Giờ tan học 10 giờ 45 và 16 giờ 30, các cháu phải tự băng qua đường. Kính đề "
            "nghị Sở cho lắp gờ giảm tốc, đèn vàng nhấp nháy và sơn vạch đi bộ trước cổng trường."
        ),
        "location": "QL19B trước cổng Trường Tiểu học số 1 Cát Hanh, huyện Phù Cát",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Nguyễn Thị Hoa", "address": "Thôn Hòa Hội, xã Cát Hanh, huyện Phù Cát",
                "phone": "0934 557 261", "email": "thihoa.ph@gmail.example", "id_number": None, "organisation": None,
            },
        ],
        "unit": None,
        "history": [],
    },
    {
        "kind": "petition",
        "channel": "suggestion_box",
        "category": "transport",
        "status": "received",
        "days_ago": 3,
        "title": "Kiến nghị kiểm tra xe khách chở quá số người tuyến Hoài Nhơn – Quy Nhơn",
        "content": (
            "Phiếu không ghi tên bỏ tại hòm thư góp ý ở bến xe khách Quy Nhơn: “Xe khách tuyến Hoài Nhơn – Quy Nhơn "
            "biển số 77B-021.xx thường chở 40–45 người trên xe 29 chỗ, khách phải ngồi ghế nhựa giữa lối đi, nhất là "
            "chiều Chủ nhật. Kiến nghị Sở và Thanh tra kiểm tra đột xuất khu vực cầu Bồng Sơn vào chiều Chủ nhật.”"
        ),
        "location": "Tuyến xe khách Hoài Nhơn – Quy Nhơn, Quốc lộ 1A",
        "subject": None,
        "request": None,
        "anonymous": True,
        "submitters": [],
        "unit": None,
        "history": [],
    },
    {
        "kind": "petition",
        "channel": "post",
        "category": "bridge",
        "status": "triage",
        "days_ago": 6,
        "title": "Kiến nghị xây cầu thay ngầm tràn qua sông Kôn tại xã Vĩnh Quang, huyện Vĩnh Thạnh",
        "content": (
            "Đơn kiến nghị gửi qua bưu điện của ông Đoàn Văn Nghĩa, Trưởng thôn Định Quang, xã Vĩnh Quang: ngầm tràn "
            "qua sông Kôn là lối đi duy nhất của hơn 300 hộ dân ra trung tâm xã, mùa mưa bị ngập 3–4 tháng, người dân "
            "và học sinh phải đi đò hoặc đi vòng hơn 15 km. Năm ngoái đã có một người bị nước cuốn khi cố vượt ngầm. "
            "Kiến nghị Sở tham mưu UBND tỉnh đầu tư xây cầu, trước mắt cắm cột báo mực nước và rào chắn hai đầu ngầm."
        ),
        "location": "Ngầm tràn qua sông Kôn, xã Vĩnh Quang, huyện Vĩnh Thạnh",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Đoàn Văn Nghĩa", "address": "Thôn Định Quang, xã Vĩnh Quang, huyện Vĩnh Thạnh",
                "phone": "0383 905 116", "email": None, "id_number": None,
                "organisation": "Ban Nhân dân thôn Định Quang",
            },
        ],
        "unit": None,
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã vào sổ đơn đến qua bưu điện; đang phân loại, xác định đơn vị tham mưu.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Cần đối chiếu danh mục cầu dân sinh dự kiến đầu tư giai đoạn tới và ý kiến của UBND huyện Vĩnh "
                    "Thạnh."
                ),
                "citizen_visible": False, "days_after": 4,
            },
        ],
    },
    {
        "kind": "petition",
        "channel": "hotline",
        "category": "licence",
        "status": "accepted",
        "days_ago": 14,
        "title": "Kiến nghị tổ chức sát hạch lái xe mô tô lưu động tại huyện An Lão",
        "content": (
            "Ông Đinh Văn Hiền, Bí thư Đoàn xã An Trung, huyện An Lão, gọi đến đường dây nóng trình bày kiến nghị: "
            "nhiều thanh niên người H’re ở các xã vùng cao An Lão chưa có giấy phép lái xe mô tô vì phải xuống Quy "
            "Nhơn học, thi, chi phí đi lại, ăn ở tốn kém. Ông kiến nghị Sở phối hợp tổ chức sát hạch lưu động tại "
            "trung tâm huyện và có tài liệu ôn lý thuyết dễ hiểu cho đồng bào dân tộc thiểu số."
        ),
        "location": "Huyện An Lão",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Đinh Văn Hiền", "address": "Thôn 3, xã An Trung, huyện An Lão", "phone": "0868 114 293",
                "email": None, "id_number": None, "organisation": "Đoàn Thanh niên xã An Trung",
            },
        ],
        "unit": "QLVT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Giao Phòng Quản lý vận tải, phương tiện và người lái nghiên cứu, đề xuất phương án sát hạch lưu "
                    "động."
                ),
                "citizen_visible": True, "days_after": 4,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Dự kiến khảo sát mặt bằng sân bãi tại thị trấn An Lão cùng UBND huyện; cần xác định số thí sinh "
                    "có nhu cầu (tối thiểu khoảng 100 người mỗi kỳ)."
                ),
                "citizen_visible": False, "days_after": 8,
            },
        ],
    },
    {
        "kind": "petition",
        "channel": "post",
        "category": "clearance",
        "status": "in_progress",
        "days_ago": 33,
        "title": "Đơn kiến nghị của 5 hộ dân về cống thoát nước, đường dẫn dự án mở rộng QL19 tại xã Bình Nghi",
        "content": (
            "Chúng tôi gồm 5 hộ dân ở thôn Thủ Thiện Hạ, xã Bình Nghi, huyện Tây Sơn, đã bàn giao mặt bằng cho dự án "
            "mở rộng Quốc lộ 19 từ tháng 5. Nay mặt đường mới được nâng cao khoảng 0,8 m so với nền nhà, không có rãnh "
            "dọc, cống ngang gần nhất cách khoảng 300 m nên mỗi khi mưa nước từ mặt đường đổ thẳng vào nhà. Xe cộ ra "
            "vào phải leo dốc gắt lên quốc lộ rất nguy hiểm. Chúng tôi kiến nghị Sở (chủ đầu tư) bổ sung cống ngang, "
            "rãnh dọc và đường dẫn xuống các hộ dân."
        ),
        "location": "Quốc lộ 19 đoạn qua thôn Thủ Thiện Hạ, xã Bình Nghi, huyện Tây Sơn",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Nguyễn Văn Lợi", "address": "Thôn Thủ Thiện Hạ, xã Bình Nghi, huyện Tây Sơn",
                "phone": "0978 326 104", "email": None, "id_number": "052072004813", "organisation": None,
            },
            {
                "full_name": "Trần Thị Nở", "address": "Thôn Thủ Thiện Hạ, xã Bình Nghi, huyện Tây Sơn",
                "phone": "0355 870 219", "email": None, "id_number": "052165002947", "organisation": None,
            },
            {
                "full_name": "Phạm Văn Bảy", "address": "Thôn Thủ Thiện Hạ, xã Bình Nghi, huyện Tây Sơn", "phone": None,
                "email": None, "id_number": "052061007325", "organisation": None,
            },
            {
                "full_name": "Lê Thị Xuân", "address": "Thôn Thủ Thiện Hạ, xã Bình Nghi, huyện Tây Sơn",
                "phone": "0989 514 632", "email": None, "id_number": "052178001596", "organisation": None,
            },
            {
                "full_name": "Võ Văn Thanh", "address": "Thôn Thủ Thiện Hạ, xã Bình Nghi, huyện Tây Sơn",
                "phone": "0362 047 781", "email": None, "id_number": "052083009240", "organisation": None,
            },
        ],
        "unit": "KHTC",
        "history": [
            {
                "type": "status", "to": "triage", "text": "Đơn đông người; đã vào sổ và báo cáo Lãnh đạo Sở.",
                "citizen_visible": True, "days_after": 2,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Giao Phòng Kế hoạch – Tài chính chủ trì, phối hợp Ban Quản lý dự án và đơn vị tư vấn thiết kế "
                    "kiểm tra hiện trường."
                ),
                "citizen_visible": True, "days_after": 5,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Phòng Kế hoạch – Tài chính đang kiểm tra, xác minh nội dung.", "citizen_visible": True,
                "days_after": 8,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Kiểm tra hiện trường cùng tư vấn thiết kế: chênh cao giữa mặt đường và nền nhà 0,6–0,9 m; đề xuất "
                    "bổ sung 01 cống ngang D100 và 120 m rãnh dọc, cần điều chỉnh dự toán."
                ),
                "citizen_visible": False, "days_after": 15,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Sở đã tổ chức đối thoại với các hộ dân tại UBND xã Bình Nghi; hai bên thống nhất phương án bổ "
                    "sung cống ngang, rãnh dọc và đường dẫn. Sở đang trình điều chỉnh thiết kế."
                ),
                "citizen_visible": True, "days_after": 21,
            },
        ],
    },
    {
        "kind": "petition",
        "channel": "email",
        "category": "inland",
        "status": "reply_drafted",
        "days_ago": 26,
        "title": "Kiến nghị nạo vét luồng và lắp báo hiệu tại bến đò ngang qua đầm Thị Nại, xã Phước Thuận",
        "content": (
            "Tôi là chủ đò ngang đưa khách qua đầm Thị Nại từ xã Phước Thuận, huyện Tuy Phước. Luồng vào bến bị bồi "
            "lắng nặng, khi nước ròng đò thường mắc cạn giữa đầm, khách phải chờ hàng giờ. Bến không có phao tiêu, đèn "
            "báo hiệu nên đi sớm, về tối rất dễ va vào đăng đáy của người nuôi trồng. Kiến nghị Sở cho nạo vét đoạn "
            "luồng khoảng 300 m và lắp đặt báo hiệu đường thủy."
        ),
        "location": "Bến đò ngang xã Phước Thuận, huyện Tuy Phước (đầm Thị Nại)",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Phan Văn Được", "address": "Thôn Lộc Thượng, xã Phước Thuận, huyện Tuy Phước",
                "phone": "0772 409 658", "email": "phanduoc.bendo@example.vn", "id_number": None, "organisation": None,
            },
        ],
        "unit": "QLKCHT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Nội dung thuộc thẩm quyền của Sở; giao Phòng Quản lý kết cấu hạ tầng giao thông chủ trì xử lý."
                ),
                "citizen_visible": True, "days_after": 3,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Phòng QLKCHT đang khảo sát luồng và hiện trạng báo hiệu tại bến đò.", "citizen_visible": True,
                "days_after": 6,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Khảo sát khi nước ròng: độ sâu luồng nhiều đoạn dưới 0,5 m; đăng đáy lấn luồng tại 2 vị trí. Cần "
                    "phối hợp UBND xã Phước Thuận yêu cầu tháo dỡ đăng đáy trước khi nạo vét."
                ),
                "citizen_visible": False, "days_after": 12,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã dự thảo văn bản trả lời, trình lãnh đạo phòng duyệt."
                ),
                "citizen_visible": False, "days_after": 20,
            },
            {
                "type": "status", "to": "reply_drafted",
                "text": (
                    "Dự thảo trả lời: Sở đã đề nghị đơn vị quản lý đường thủy khảo sát, "
                    "lập phương án nạo vét."
                ),
                "citizen_visible": False, "days_after": 20,
            },
        ],
    },
    {
        "kind": "petition",
        "channel": "web",
        "category": "road",
        "status": "resolved",
        "days_ago": 64,
        "title": "Kiến nghị kiểm tra chất lượng mặt đường Quốc lộ 19C vừa sửa chữa đã bong tróc",
        "content": (
            "Đoạn Quốc lộ 19C qua thị trấn Vân Canh mới được thảm lại lớp bê tông nhựa khoảng 3 tháng trước, nhưng sau "
            "mấy trận mưa đầu mùa nhiều chỗ đã bong tróc, lộ đá dăm, xuất hiện ổ gà. Người dân nghi ngờ lớp thảm mỏng, "
            "thi công không đảm bảo. Kính đề nghị Sở kiểm tra chất lượng công trình và yêu cầu nhà thầu sửa chữa."
        ),
        "location": "Quốc lộ 19C đoạn qua thị trấn Vân Canh, huyện Vân Canh",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Trịnh Văn Thắng", "address": "Khu phố Thịnh Văn 1, thị trấn Vân Canh, huyện Vân Canh",
                "phone": "0396 228 507", "email": "trinhthang.vc@example.vn", "id_number": None, "organisation": None,
            },
        ],
        "unit": "QLCL",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": "Giao Phòng Quản lý chất lượng công trình giao thông kiểm tra chất lượng đoạn tuyến.",
                "citizen_visible": True, "days_after": 3,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Phòng Quản lý chất lượng công trình giao thông đang kiểm tra, xác minh nội dung.",
                "citizen_visible": True, "days_after": 5,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã khoan lấy 6 mẫu bê tông nhựa; 2 vị trí chiều dày lớp thảm chỉ đạt 4,2 cm so với thiết kế 5 cm."
                ),
                "citizen_visible": False, "days_after": 12,
            },
            {
                "type": "status", "to": "reply_drafted",
                "text": "Đã dự thảo văn bản trả lời, trình Lãnh đạo Sở xem xét.", "citizen_visible": False,
                "days_after": 30,
            },
            {
                "type": "status", "to": "reply_approved", "text": "Lãnh đạo Sở đã duyệt văn bản trả lời.",
                "citizen_visible": False, "days_after": 31,
            },
            {
                "type": "status", "to": "resolved",
                "text": (
                    "Sở Giao thông vận tải trả lời ông Trịnh Văn Thắng: Phòng Quản lý chất lượng công trình giao thông "
                    "đã kiểm tra hiện trường và khoan lấy mẫu; kết quả thí nghiệm cho thấy một số vị trí chiều dày lớp "
                    "thảm không đạt thiết kế. Sở đã yêu cầu nhà thầu thực hiện nghĩa vụ bảo hành, cào bóc và thảm lại "
                    "320 m² mặt đường bằng kinh phí của nhà thầu; việc khắc phục đã hoàn thành. Sở đã ghi nhận vi phạm "
                    "để đánh giá năng lực nhà thầu theo quy định. Cảm ơn ông đã kiến nghị."
                ),
                "citizen_visible": True, "days_after": 33,
            },
        ],
    },
    {
        "kind": "petition",
        "channel": "web",
        "category": "clearance",
        "status": "guided",
        "days_ago": 41,
        "title": "Kiến nghị cấp đổi giấy chứng nhận quyền sử dụng đất sau khi bị thu hồi một phần làm ĐT638",
        "content": (
            "Năm ngoái gia đình tôi bị thu hồi 86 m² đất ở để mở rộng ĐT638 đoạn qua xã Phước An, huyện Tuy Phước và "
            "đã nhận tiền bồi thường. Đến nay giấy chứng nhận quyền sử dụng đất vẫn ghi diện tích cũ, khi tôi đi vay "
            "vốn ngân hàng thì không được chấp nhận. Kiến nghị Sở, với vai trò chủ đầu tư, làm thủ tục chỉnh lý giấy "
            "chứng nhận cho gia đình tôi."
        ),
        "location": "ĐT638 đoạn qua xã Phước An, huyện Tuy Phước",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Võ Thị Hồng", "address": "Thôn Trung Thành, xã Phước An, huyện Tuy Phước",
                "phone": "0916 380 724", "email": "vothihong.pa@gmail.example", "id_number": None, "organisation": None,
            },
        ],
        "unit": "VP",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "guided",
                "text": (
                    "Việc chỉnh lý biến động, cấp đổi giấy chứng nhận quyền sử dụng đất sau thu hồi đất không thuộc "
                    "thẩm quyền của Sở Giao thông vận tải. Sở đã hướng dẫn bà liên hệ Chi nhánh Văn phòng đăng ký đất "
                    "đai huyện Tuy Phước (thuộc Sở Tài nguyên và Môi trường) để làm thủ tục; khi cần, Sở sẽ cung cấp "
                    "bản sao quyết định thu hồi đất và hồ sơ bồi thường của dự án."
                ),
                "citizen_visible": True, "days_after": 5,
            },
        ],
    },
    {
        "kind": "petition",
        "channel": "hotline",
        "category": "road",
        "status": "withdrawn",
        "days_ago": 44,
        "title": "Kiến nghị sửa chữa mặt đường bị sụt lún trên đường Quang Trung, phường Bồng Sơn",
        "content": (
            "Ông Trịnh Văn Bình gọi đến đường dây nóng kiến nghị: đoạn đường Quang Trung gần chợ Bồng Sơn, thị xã Hoài "
            "Nhơn bị sụt lún thành hố rộng khoảng 2 m sau khi đơn vị cấp nước đào đường sửa ống, hoàn trả mặt đường "
            "không đảm bảo. Xe máy đi qua phải tránh sang làn ngược chiều. Ông kiến nghị sửa chữa sớm."
        ),
        "location": "Đường Quang Trung gần chợ Bồng Sơn, phường Bồng Sơn, thị xã Hoài Nhơn",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Trịnh Văn Bình", "address": "Khối 2, phường Bồng Sơn, thị xã Hoài Nhơn",
                "phone": "0944 612 075", "email": None, "id_number": None, "organisation": None,
            },
        ],
        "unit": "QLKCHT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 0,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Nội dung thuộc thẩm quyền của Sở; giao Phòng Quản lý kết cấu hạ tầng giao thông chủ trì xử lý."
                ),
                "citizen_visible": True, "days_after": 2,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đoạn đường là đường đô thị do UBND thị xã Hoài Nhơn quản lý; đã liên hệ Phòng Quản lý đô thị thị "
                    "xã."
                ),
                "citizen_visible": False, "days_after": 3,
            },
            {
                "type": "status", "to": "withdrawn",
                "text": (
                    "Ông Trịnh Văn Bình gọi lại đường dây nóng cho biết đơn vị cấp nước đã hoàn trả lại mặt đường theo "
                    "yêu cầu của UBND thị xã Hoài Nhơn và xin rút kiến nghị."
                ),
                "citizen_visible": True, "days_after": 6,
            },
        ],
    },
    {
        "kind": "petition",
        "channel": "email",
        "category": "transport",
        "status": "closed",
        "days_ago": 110,
        "title": "Kiến nghị mở tuyến xe buýt Quy Nhơn – Nhơn Hội đưa đón công nhân khu kinh tế",
        "content": (
            "Công ty chúng tôi có hơn 600 công nhân làm việc tại Khu kinh tế Nhơn Hội, phần lớn ở Quy Nhơn và Tuy "
            "Phước. Hiện chưa có tuyến xe buýt đi qua khu công nghiệp, công nhân phải đi xe máy qua cầu Thị Nại, nhiều "
            "người đã bị tai nạn khi đi ca đêm. Công ty kiến nghị Sở nghiên cứu mở tuyến xe buýt có giờ chạy phù hợp "
            "ca làm việc (5 giờ 30, 13 giờ 30 và 21 giờ 30); công ty sẵn sàng hỗ trợ một phần giá vé cho công nhân."
        ),
        "location": "Khu kinh tế Nhơn Hội, TP. Quy Nhơn",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Hà Thị Thanh Thúy",
                "address": "Lô B4, Khu công nghiệp Nhơn Hội (Khu A), xã Nhơn Hội, TP. Quy Nhơn",
                "phone": "0256 3 646 118", "email": "nhansu@nhonhoixanh.example.vn", "id_number": None,
                "organisation": "Công ty TNHH Chế biến gỗ Nhơn Hội Xanh",
            },
        ],
        "unit": "QLVT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Nội dung thuộc thẩm quyền của Sở; giao Phòng Quản lý vận tải, phương tiện và người lái chủ trì xử "
                    "lý."
                ),
                "citizen_visible": True, "days_after": 3,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Phòng Quản lý vận tải, phương tiện và người lái đang kiểm tra, xác minh nội dung.",
                "citizen_visible": True, "days_after": 5,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã làm việc với 2 doanh nghiệp khai thác xe buýt; một đơn vị đồng ý điều chỉnh lộ trình tuyến "
                    "hiện có qua khu công nghiệp theo ca."
                ),
                "citizen_visible": False, "days_after": 25,
            },
            {
                "type": "status", "to": "reply_drafted",
                "text": "Đã dự thảo văn bản trả lời, trình Lãnh đạo Sở xem xét.", "citizen_visible": False,
                "days_after": 40,
            },
            {
                "type": "status", "to": "reply_approved", "text": "Lãnh đạo Sở đã duyệt văn bản trả lời.",
                "citizen_visible": False, "days_after": 42,
            },
            {
                "type": "status", "to": "resolved",
                "text": (
                    "Sở Giao thông vận tải trả lời Công ty TNHH Chế biến gỗ Nhơn Hội Xanh: Sở đã chấp thuận điều chỉnh "
                    "lộ trình tuyến xe buýt Quy Nhơn – Nhơn Hội đi qua Khu công nghiệp Nhơn Hội (Khu A), bổ sung 3 "
                    "chuyến theo giờ ca làm việc 5 giờ 30, 13 giờ 30 và 21 giờ 30, áp dụng từ ngày 01 tháng tới. Đề "
                    "nghị Công ty phối hợp với đơn vị khai thác tuyến về vé tháng cho công nhân."
                ),
                "citizen_visible": True, "days_after": 45,
            },
            {
                "type": "status", "to": "closed",
                "text": "Đã gửi văn bản trả lời, không phát sinh nội dung mới; đóng hồ sơ, lưu trữ theo quy định.",
                "citizen_visible": True, "days_after": 75,
            },
        ],
    },
    # ---- regulation_feedback ---------------------------------------------------------------------------------
    {
        "kind": "regulation_feedback",
        "channel": "web",
        "category": "licence",
        "status": "received",
        "days_ago": 0,
        "title": "Đổi giấy phép lái xe trực tuyến nhưng vẫn phải mang bản giấy khám sức khỏe đến đối chiếu",
        "content": (
            "Tôi nộp hồ sơ đổi giấy phép lái xe hạng B2 trên Cổng Dịch vụ công quốc gia. Giấy khám sức khỏe của tôi đã "
            "được bệnh viện cập nhật lên hệ thống liên thông, nhưng sau đó tôi vẫn nhận tin nhắn yêu cầu mang bản gốc "
            "đến Sở đối chiếu. Như vậy thủ tục trực tuyến toàn trình thực chất vẫn phải đi lại. Đề nghị Sở rà soát quy "
            "trình, chỉ yêu cầu bản giấy khi dữ liệu liên thông bị lỗi."
        ),
        "location": None,
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Nguyễn Đình Phong", "address": "102 Lê Hồng Phong, phường Lê Lợi, TP. Quy Nhơn",
                "phone": "0903 574 116", "email": "dinhphong.ng@example.vn", "id_number": None, "organisation": None,
            },
        ],
        "unit": None,
        "history": [],
    },
    {
        "kind": "regulation_feedback",
        "channel": "post",
        "category": "inland",
        "status": "received",
        "days_ago": 5,
        "title": "Thủ tục đăng ký phương tiện thủy nội địa quá nhiều giấy tờ đối với ghe nhỏ",
        "content": (
            "Thư của ông Quách Văn Lợi gửi qua bưu điện: ông có một ghe gỗ gắn máy 15 sức ngựa chở khách ngang đầm, "
            "khi làm thủ tục đăng ký phải nộp giấy chứng nhận an toàn kỹ thuật, giấy tờ nguồn gốc ghe, biên lai lệ phí "
            "và ảnh chụp ghe, phải đi lại 3 lần từ Tuy Phước lên Quy Nhơn vì mỗi lần được yêu cầu bổ sung một giấy "
            "khác nhau. Ông đề nghị hướng dẫn đầy đủ một lần, cho nộp hồ sơ qua UBND xã hoặc nhận kết quả qua bưu "
            "điện."
        ),
        "location": None,
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Quách Văn Lợi", "address": "Thôn Vinh Thạnh, xã Phước Sơn, huyện Tuy Phước",
                "phone": None, "email": None, "id_number": None, "organisation": None,
            },
        ],
        "unit": None,
        "history": [],
    },
    {
        "kind": "regulation_feedback",
        "channel": "email",
        "category": "vehicle",
        "status": "triage",
        "days_ago": 4,
        "title": "Đăng ký xe máy chuyên dùng vẫn yêu cầu bản sao chứng thực hóa đơn dù đã có hóa đơn điện tử",
        "content": (
            "Công ty chúng tôi vừa mua 2 máy xúc đào bánh xích mới để thi công. Khi làm thủ tục đăng ký xe máy chuyên "
            "dùng, Sở yêu cầu nộp bản sao có chứng thực hóa đơn giá trị gia tăng, trong khi hóa đơn là hóa đơn điện tử "
            "có mã của cơ quan thuế, có thể tra cứu trực tuyến. Việc in ra rồi đi chứng thực vừa tốn thời gian vừa "
            "không cần thiết. Đề nghị Sở chấp nhận hóa đơn điện tử và tự tra cứu trên hệ thống của ngành thuế."
        ),
        "location": None,
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Lý Thị Phượng",
                "address": "Lô 15, Khu công nghiệp Phú Tài, phường Trần Quang Diệu, TP. Quy Nhơn",
                "phone": "0256 3 741 552", "email": "ketoan@hoangphuong-xd.example.vn", "id_number": None,
                "organisation": "Công ty CP Xây dựng Hoàng Phương Bình Định",
            },
        ],
        "unit": None,
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
        ],
    },
    {
        "kind": "regulation_feedback",
        "channel": "walk_in",
        "category": "procedure",
        "status": "triage",
        "days_ago": 8,
        "title": "Cấp phép thi công công trình trên đường bộ đang khai thác bị quá hạn, không báo lý do",
        "content": (
            "Ông Tạ Văn Quang, đại diện Công ty CP Cấp nước Phù Cát Xanh, đến Phòng tiếp công dân trình bày: hồ sơ đề "
            "nghị cấp phép thi công tuyến ống cấp nước băng qua ĐT640 nộp trực tuyến ngày 15/9, theo quy định giải "
            "quyết trong 7 ngày làm việc nhưng hơn ba tuần chưa có kết quả, cũng không có văn bản nêu lý do hay yêu "
            "cầu bổ sung. Ông đề nghị Sở công khai tiến độ xử lý từng hồ sơ trên cổng dịch vụ công và có văn bản xin "
            "lỗi khi trễ hạn theo quy định."
        ),
        "location": None,
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Tạ Văn Quang", "address": "Khu phố Hội Phú, thị trấn Ngô Mây, huyện Phù Cát",
                "phone": "0935 190 847", "email": "quang.ta@capnuocphucat.example.vn", "id_number": None,
                "organisation": "Công ty CP Cấp nước Phù Cát Xanh",
            },
        ],
        "unit": None,
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 0,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Tra cứu hệ thống một cửa: hồ sơ chuyển Phòng QLKCHT ngày 18/9, chưa có phiếu xin lỗi, gia hạn. "
                    "Cần làm rõ nguyên nhân trễ hạn."
                ),
                "citizen_visible": False, "days_after": 2,
            },
        ],
    },
    {
        "kind": "regulation_feedback",
        "channel": "web",
        "category": "transport",
        "status": "accepted",
        "days_ago": 13,
        "title": "Cấp phù hiệu xe kinh doanh vận tải vẫn yêu cầu nộp bản sao giấy đăng ký xe",
        "content": (
            "Doanh nghiệp tôi làm thủ tục cấp phù hiệu “Xe tải” cho 5 xe mới trên Cổng dịch vụ công. Thành phần hồ sơ "
            "vẫn bắt buộc tải lên bản sao giấy đăng ký xe và giấy chứng nhận kiểm định, trong khi các dữ liệu này đã "
            "có trên hệ thống của cơ quan đăng ký, đăng kiểm. Nhiều lần ảnh chụp bị hệ thống báo mờ nên hồ sơ bị trả "
            "lại. Đề nghị Sở kiến nghị cắt giảm thành phần hồ sơ này và khai thác dữ liệu dùng chung."
        ),
        "location": None,
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Huỳnh Thị Mỹ Dung", "address": "215 Hùng Vương, phường Nhơn Phú, TP. Quy Nhơn",
                "phone": "0905 847 219", "email": "mydung.vt@example.vn", "id_number": None,
                "organisation": "Công ty TNHH Vận tải Hoàng Yến Bình Định",
            },
        ],
        "unit": "QLVT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Giao Phòng Quản lý vận tải, phương tiện và người lái rà soát quy trình và đề xuất phương án đơn "
                    "giản hóa thủ tục."
                ),
                "citizen_visible": True, "days_after": 4,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Kiểm tra cấu hình dịch vụ công: thành phần “bản sao giấy đăng ký xe” đang để bắt buộc, có thể "
                    "chuyển sang khai thác dữ liệu từ hệ thống đăng ký xe."
                ),
                "citizen_visible": False, "days_after": 7,
            },
        ],
    },
    {
        "kind": "regulation_feedback",
        "channel": "web",
        "category": "vehicle",
        "status": "in_progress",
        "days_ago": 22,
        "title": "Xe ô tô mới được miễn kiểm định lần đầu nhưng trung tâm đăng kiểm vẫn yêu cầu đưa xe đến",
        "content": (
            "Tôi mua xe ô tô con mới sản xuất trong năm, thuộc diện được miễn kiểm định lần đầu. Khi đến Trung tâm "
            "đăng kiểm xe cơ giới ở phường Nhơn Bình để nhận giấy chứng nhận, nhân viên yêu cầu phải đưa xe đến kiểm "
            "tra và hẹn lại sau 2 ngày. Tôi không rõ thủ tục đúng là thế nào và thông tin trên mạng mỗi nơi nói một "
            "kiểu. Đề nghị Sở hướng dẫn rõ, thống nhất giữa các trung tâm đăng kiểm trong tỉnh."
        ),
        "location": None,
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Đỗ Minh Quân", "address": "56 Ngô Mây, phường Ngô Mây, TP. Quy Nhơn",
                "phone": "0983 026 745", "email": "minhquan.do@example.vn", "id_number": None, "organisation": None,
            },
        ],
        "unit": "QLVT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Nội dung thuộc thẩm quyền của Sở; giao Phòng Quản lý vận tải, phương tiện và người lái chủ trì xử "
                    "lý."
                ),
                "citizen_visible": True, "days_after": 3,
            },
            {
                "type": "status", "to": "in_progress",
                "text": (
                    "Phòng QLVT đang làm việc với các trung tâm đăng kiểm trên địa bàn về quy trình cấp giấy chứng "
                    "nhận cho xe miễn kiểm định lần đầu."
                ),
                "citizen_visible": True, "days_after": 5,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Hai trung tâm áp dụng khác nhau: một nơi chỉ kiểm tra hồ sơ, một nơi yêu cầu đưa xe đến chụp ảnh, "
                    "đối chiếu số khung, số máy. Đã đề nghị các trung tâm báo cáo căn cứ áp dụng."
                ),
                "citizen_visible": False, "days_after": 11,
            },
        ],
    },
    {
        "kind": "regulation_feedback",
        "channel": "suggestion_box",
        "category": "licence",
        "status": "in_progress",
        "days_ago": 29,
        "title": "Chưa thể nộp trực tuyến hồ sơ cấp giấy phép lái xe quốc tế",
        "content": (
            "Phiếu góp ý có ghi tên ông Vũ Đình Khải và số điện thoại liên hệ: ông cần cấp giấy phép lái xe quốc tế để "
            "đi công tác nước ngoài nhưng trên cổng dịch vụ công không tìm thấy thủ tục của tỉnh, phải đến nộp trực "
            "tiếp và chờ 5 ngày làm việc. Ông đề nghị Sở cho phép nộp hồ sơ trực tuyến và trả kết quả qua bưu điện như "
            "các tỉnh khác."
        ),
        "location": None,
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Vũ Đình Khải", "address": "Số 9 Phan Bội Châu, phường Lê Lợi, TP. Quy Nhơn",
                "phone": "0913 458 260", "email": None, "id_number": None, "organisation": None,
            },
        ],
        "unit": "QLVT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 2,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Nội dung thuộc thẩm quyền của Sở; giao Phòng Quản lý vận tải, phương tiện và người lái chủ trì xử "
                    "lý."
                ),
                "citizen_visible": True, "days_after": 4,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Phòng Quản lý vận tải, phương tiện và người lái đang kiểm tra, xác minh nội dung.",
                "citizen_visible": True, "days_after": 6,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Thủ tục cấp giấy phép lái xe quốc tế đã được cấu hình trực tuyến trên Hệ thống thông tin giải "
                    "quyết thủ tục hành chính của tỉnh nhưng chưa đồng bộ lên Cổng Dịch vụ công quốc gia; đã đề nghị "
                    "Văn phòng UBND tỉnh hỗ trợ."
                ),
                "citizen_visible": False, "days_after": 13,
            },
        ],
    },
    {
        "kind": "regulation_feedback",
        "channel": "web",
        "category": "procedure",
        "status": "awaiting_citizen",
        "days_ago": 31,
        "title": "Thành phần hồ sơ chấp thuận đấu nối vào QL1D không thống nhất giữa cổng dịch vụ công và quầy",
        "content": (
            "Doanh nghiệp tôi đề nghị chấp thuận thiết kế nút giao đấu nối đường vào cửa hàng xăng dầu với Quốc lộ 1D. "
            "Trên cổng dịch vụ công, thành phần hồ sơ gồm 4 loại giấy tờ, nhưng khi nộp bản giấy tại quầy lại được yêu "
            "cầu thêm văn bản thỏa thuận của UBND phường và báo cáo an toàn giao thông. Tôi đề nghị Sở công bố thống "
            "nhất một bộ hồ sơ và chỉ yêu cầu đúng theo quy định."
        ),
        "location": "Quốc lộ 1D, phường Ghềnh Ráng, TP. Quy Nhơn",
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Trần Quốc Huy", "address": "318 Tây Sơn, phường Quang Trung, TP. Quy Nhơn",
                "phone": "0977 360 412", "email": "quochuy.xd@example.vn", "id_number": None,
                "organisation": "Doanh nghiệp tư nhân Xăng dầu Quốc Huy",
            },
        ],
        "unit": "QLKCHT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Nội dung thuộc thẩm quyền của Sở; giao Phòng Quản lý kết cấu hạ tầng giao thông chủ trì xử lý."
                ),
                "citizen_visible": True, "days_after": 3,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Phòng Quản lý kết cấu hạ tầng giao thông đang kiểm tra, xác minh nội dung.",
                "citizen_visible": True, "days_after": 5,
            },
            {
                "type": "status", "to": "awaiting_citizen",
                "text": (
                    "Đề nghị ông cung cấp mã hồ sơ trên Cổng dịch vụ công và ảnh chụp danh mục thành phần hồ sơ đã "
                    "hiển thị khi nộp, để Sở đối chiếu với bộ thủ tục đã công bố."
                ),
                "citizen_visible": True, "days_after": 10,
            },
        ],
    },
    {
        "kind": "regulation_feedback",
        "channel": "hotline",
        "category": "transport",
        "status": "resolved",
        "days_ago": 49,
        "title": "Đề nghị trả kết quả giấy phép kinh doanh vận tải qua bưu điện",
        "content": (
            "Bà Cao Thị Nhung gọi đến đường dây nóng phản ánh: bà ở huyện An Lão, nộp hồ sơ cấp giấy phép kinh doanh "
            "vận tải bằng xe ô tô trực tuyến nhưng khi có kết quả vẫn phải xuống Quy Nhơn nhận bản giấy, đi về gần 200 "
            "km. Trên cổng dịch vụ công không có lựa chọn nhận kết quả qua bưu điện. Bà đề nghị Sở bổ sung hình thức "
            "trả kết quả qua dịch vụ bưu chính công ích."
        ),
        "location": None,
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Cao Thị Nhung", "address": "Thôn 1, xã An Tân, huyện An Lão", "phone": "0349 752 631",
                "email": None, "id_number": None, "organisation": None,
            },
        ],
        "unit": "QLVT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 0,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Nội dung thuộc thẩm quyền của Sở; giao Phòng Quản lý vận tải, phương tiện và người lái chủ trì xử "
                    "lý."
                ),
                "citizen_visible": True, "days_after": 2,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Phòng Quản lý vận tải, phương tiện và người lái đang kiểm tra, xác minh nội dung.",
                "citizen_visible": True, "days_after": 3,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã phối hợp Bưu điện tỉnh cấu hình lựa chọn trả kết quả qua bưu chính công ích cho nhóm thủ tục "
                    "vận tải."
                ),
                "citizen_visible": False, "days_after": 14,
            },
            {
                "type": "status", "to": "reply_drafted",
                "text": "Đã dự thảo văn bản trả lời, trình Lãnh đạo Sở xem xét.", "citizen_visible": False,
                "days_after": 22,
            },
            {
                "type": "status", "to": "reply_approved", "text": "Lãnh đạo Sở đã duyệt văn bản trả lời.",
                "citizen_visible": False, "days_after": 23,
            },
            {
                "type": "status", "to": "resolved",
                "text": (
                    "Sở Giao thông vận tải trả lời bà Cao Thị Nhung: từ ngày 01 tháng này, Sở đã triển khai trả kết "
                    "quả các thủ tục cấp giấy phép kinh doanh vận tải bằng xe ô tô và cấp phù hiệu qua dịch vụ bưu "
                    "chính công ích. Khi nộp hồ sơ trực tuyến, bà chọn hình thức “Nhận kết quả qua bưu điện” và khai "
                    "địa chỉ nhận; cước phí do người nhận thanh toán theo giá của Bưu điện. Cảm ơn bà đã phản ánh."
                ),
                "citizen_visible": True, "days_after": 24,
            },
        ],
    },
    {
        "kind": "regulation_feedback",
        "channel": "walk_in",
        "category": "vehicle",
        "status": "resolved",
        "days_ago": 71,
        "title": "Hồ sơ thẩm định thiết kế xe cơ giới cải tạo bị yêu cầu bổ sung nhiều lần",
        "content": (
            "Ông Phạm Ngọc Hiếu, chủ cơ sở cải tạo xe ở Phù Cát, đến Phòng tiếp công dân trình bày: hồ sơ thẩm định "
            "thiết kế cải tạo xe tải thùng kín thành xe tải có cần cẩu bị trả lại 2 lần, mỗi lần yêu cầu bổ sung một "
            "nội dung khác nhau (lần đầu thiếu bản vẽ bố trí chung, lần sau thiếu thuyết minh tính ổn định). Ông cho "
            "rằng cách làm này trái nguyên tắc hướng dẫn một lần, đề nghị Sở chấn chỉnh và có phiếu hướng dẫn đầy đủ."
        ),
        "location": None,
        "subject": None,
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Phạm Ngọc Hiếu", "address": "Thôn Chánh Hữu, xã Cát Hiệp, huyện Phù Cát",
                "phone": "0795 318 604", "email": None, "id_number": None,
                "organisation": "Cơ sở cơ khí ô tô Ngọc Hiếu",
            },
        ],
        "unit": "QLVT",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Tiếp nhận tại Phòng tiếp công dân; đã lập biên bản làm việc.", "citizen_visible": True,
                "days_after": 0,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Nội dung thuộc thẩm quyền của Sở; giao Phòng Quản lý vận tải, phương tiện và người lái chủ trì xử "
                    "lý."
                ),
                "citizen_visible": True, "days_after": 2,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Phòng Quản lý vận tải, phương tiện và người lái đang kiểm tra, xác minh nội dung.",
                "citizen_visible": True, "days_after": 4,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Xác minh: lần trả hồ sơ thứ hai là do chuyên viên mới được phân công chưa rà soát hết ở lần đầu; "
                    "đã nhắc nhở và yêu cầu rút kinh nghiệm."
                ),
                "citizen_visible": False, "days_after": 12,
            },
            {
                "type": "status", "to": "reply_drafted",
                "text": "Đã dự thảo văn bản trả lời, trình Lãnh đạo Sở xem xét.", "citizen_visible": False,
                "days_after": 24,
            },
            {
                "type": "status", "to": "reply_approved", "text": "Lãnh đạo Sở đã duyệt văn bản trả lời.",
                "citizen_visible": False, "days_after": 25,
            },
            {
                "type": "status", "to": "resolved",
                "text": (
                    "Sở Giao thông vận tải trả lời ông Phạm Ngọc Hiếu: phản ánh của ông là đúng; việc yêu cầu bổ sung "
                    "hồ sơ hai lần với nội dung khác nhau là chưa đúng nguyên tắc hướng dẫn một lần. Sở đã xin lỗi "
                    "ông, chấn chỉnh bộ phận tiếp nhận, ban hành phiếu kiểm tra hồ sơ thẩm định thiết kế xe cơ giới "
                    "cải tạo và niêm yết tại quầy, trên trang thông tin điện tử của Sở. Hồ sơ của ông đã được thẩm "
                    "định xong và trả kết quả."
                ),
                "citizen_visible": True, "days_after": 27,
            },
        ],
    },
    # ---- complaint -------------------------------------------------------------------------------------------
    {
        "kind": "complaint",
        "channel": "web",
        "category": "licence",
        "status": "received",
        "days_ago": 2,
        "title": "Khiếu nại quyết định thu hồi giấy phép lái xe hạng C",
        "content": (
            "Tôi nhận được quyết định của Giám đốc Sở thu hồi giấy phép lái xe hạng C với lý do hồ sơ gốc không đủ "
            "thời gian hành nghề để nâng hạng. Tôi đã lái xe hạng B2 từ năm 2015, có xác nhận thời gian và số km lái "
            "xe an toàn của đơn vị sử dụng lao động, đã học và sát hạch đạt đầy đủ theo đúng quy trình. Việc thu hồi "
            "khiến tôi mất việc làm lái xe tải tại công ty. Tôi gửi kèm bản sao hợp đồng lao động, sổ bảo hiểm xã hội "
            "và giấy xác nhận thời gian hành nghề."
        ),
        "location": None,
        "subject": (
            "Quyết định số 318/QĐ-SGTVT ngày 25/9/2026 của Giám đốc Sở Giao thông vận tải về việc thu hồi giấy phép "
            "lái xe hạng C số 520xxxxxx214"
        ),
        "request": "Đề nghị hủy Quyết định số 318/QĐ-SGTVT và trả lại giấy phép lái xe hạng C cho tôi.",
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Lê Thanh Hải", "address": "Tổ 5, khu vực 2, phường Bùi Thị Xuân, TP. Quy Nhơn",
                "phone": "0932 581 406", "email": "thanhhai.le@example.vn", "id_number": "052089004517",
                "organisation": None,
            },
        ],
        "unit": None,
        "history": [],
    },
    {
        "kind": "complaint",
        "channel": "walk_in",
        "category": "licence",
        "status": "triage",
        "days_ago": 6,
        "title": "Khiếu nại kết quả sát hạch thực hành lái xe trong hình do lỗi thiết bị chấm điểm",
        "content": (
            "Bà Nguyễn Thị Tuyết đến Phòng tiếp công dân trình bày: ngày 28/9 bà sát hạch lái xe ô tô hạng B tại trung "
            "tâm sát hạch ở thị xã An Nhơn, đến bài dừng và khởi hành xe ngang dốc thì thiết bị trên xe số 05 báo lỗi "
            "“không dừng xe ở vạch quy định” dù bà dừng đúng vạch, các thí sinh khác cũng gặp lỗi tương tự trên xe "
            "này. Bà bị đánh giá không đạt và phải đăng ký sát hạch lại, nộp thêm lệ phí."
        ),
        "location": None,
        "subject": (
            "Việc Hội đồng sát hạch lái xe do Sở Giao thông vận tải thành lập công nhận kết quả “không đạt” phần sát "
            "hạch thực hành lái xe trong hình của bà Nguyễn Thị Tuyết tại kỳ sát hạch ngày 28/9/2026"
        ),
        "request": (
            "Đề nghị kiểm tra lại dữ liệu thiết bị chấm điểm xe số 05, công nhận kết quả đạt hoặc cho tôi sát hạch lại "
            "phần thực hành mà không phải nộp lệ phí."
        ),
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Nguyễn Thị Tuyết", "address": "Khu phố Trung Lý, phường Nhơn Hưng, thị xã An Nhơn",
                "phone": "0868 402 375", "email": None, "id_number": "052198003361", "organisation": None,
            },
        ],
        "unit": None,
        "history": [
            {
                "type": "status", "to": "triage",
                "text": (
                    "Đã tiếp nhận đơn tại Phòng tiếp công dân; đang xem xét điều kiện thụ lý theo Luật Khiếu nại năm "
                    "2011."
                ),
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã đề nghị trung tâm sát hạch cung cấp dữ liệu thiết bị chấm điểm xe số 05 và video camera sân "
                    "sát hạch ngày 28/9 trước khi thụ lý."
                ),
                "citizen_visible": False, "days_after": 3,
            },
        ],
    },
    {
        "kind": "complaint",
        "channel": "post",
        "category": "road",
        "status": "accepted",
        "days_ago": 16,
        "title": "Khiếu nại quyết định xử phạt và buộc tháo dỡ mái che trong hành lang an toàn ĐT639",
        "content": (
            "Tôi bị Chánh Thanh tra Sở xử phạt 4.000.000 đồng và buộc tháo dỡ mái che quán nước trước nhà với lý do sử "
            "dụng trái phép đất hành lang an toàn đường bộ ĐT639. Tôi cho rằng mái che nằm trên phần đất gia đình đã "
            "được cấp giấy chứng nhận quyền sử dụng đất năm 2009, trước khi cắm mốc lộ giới, và chưa được bồi thường. "
            "Tôi gửi kèm bản sao giấy chứng nhận và ảnh chụp vị trí mốc."
        ),
        "location": "ĐT639 đoạn qua xã Mỹ An, huyện Phù Mỹ",
        "subject": (
            "Quyết định xử phạt vi phạm hành chính số 087/QĐ-XPHC ngày 10/9/2026 của Chánh Thanh tra Sở Giao thông vận "
            "tải"
        ),
        "request": (
            "Đề nghị hủy Quyết định số 087/QĐ-XPHC, bao gồm cả biện pháp khắc phục hậu quả buộc tháo dỡ mái che."
        ),
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Văn Thị Hạnh", "address": "Thôn Xuân Thạnh, xã Mỹ An, huyện Phù Mỹ",
                "phone": "0326 917 054", "email": None, "id_number": "052174006628", "organisation": None,
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã vào sổ đơn khiếu nại gửi qua bưu điện; đơn đủ điều kiện thụ lý.", "citizen_visible": True,
                "days_after": 2,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Thụ lý giải quyết khiếu nại lần đầu; giao Thanh tra Sở xác minh. Đã gửi thông báo thụ lý cho "
                    "người khiếu nại."
                ),
                "citizen_visible": True, "days_after": 7,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Cần đối chiếu ranh giới thửa đất trong giấy chứng nhận với mốc lộ giới ĐT639; đã đề nghị Chi "
                    "nhánh Văn phòng đăng ký đất đai huyện Phù Mỹ cung cấp bản đồ địa chính."
                ),
                "citizen_visible": False, "days_after": 10,
            },
        ],
    },
    {
        "kind": "complaint",
        "channel": "email",
        "category": "safety",
        "status": "suspended",
        "days_ago": 34,
        "title": "Khiếu nại quyết định xử phạt xe tải chở hàng vượt tải trọng cho phép trên QL19",
        "content": (
            "Ngày 28/8, xe tải biển số 77C-123.xx của công ty chúng tôi bị tổ kiểm tra tải trọng xe lưu động kiểm tra "
            "bằng cân xách tay tại Km 25 Quốc lộ 19 và lập biên bản chở hàng vượt 21% tải trọng cho phép của cầu, "
            "đường. Quyết định xử phạt công ty 8.000.000 đồng và tước giấy phép lái xe của lái xe 2 tháng. Chúng tôi "
            "cho rằng cân không có tem kiểm định còn hiệu lực và được đặt trên mặt đường dốc, không đúng quy trình; "
            "phiếu xuất hàng tại mỏ đá chỉ thể hiện 15,2 tấn."
        ),
        "location": "Km 25 Quốc lộ 19",
        "subject": (
            "Quyết định xử phạt vi phạm hành chính số 152/QĐ-XPHC ngày 05/9/2026 của Chánh Thanh tra Sở Giao thông vận "
            "tải"
        ),
        "request": "Đề nghị hủy Quyết định số 152/QĐ-XPHC và hoàn trả số tiền phạt 8.000.000 đồng công ty đã nộp.",
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Đỗ Văn Lực", "address": "Thôn Trường Định, xã Phước Lộc, huyện Tuy Phước",
                "phone": "0903 712 586", "email": "vantailucthanh@example.vn", "id_number": "052080002153",
                "organisation": "Công ty TNHH Vận tải Lực Thành",
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Thụ lý giải quyết khiếu nại lần đầu; Chánh Thanh tra Sở giao tổ xác minh. Đã gửi thông báo thụ lý "
                    "cho người khiếu nại."
                ),
                "citizen_visible": True, "days_after": 6,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Tổ xác minh đang thu thập hồ sơ vụ việc và làm việc với người khiếu nại.",
                "citizen_visible": True, "days_after": 8,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã thu thập giấy chứng nhận kiểm định của bộ cân xách tay (còn hiệu lực đến tháng 3 năm sau) và "
                    "ảnh hiện trường; cần làm rõ độ dốc mặt đường tại vị trí cân."
                ),
                "citizen_visible": False, "days_after": 15,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã tổ chức đối thoại với người khiếu nại; công ty giữ nguyên yêu cầu. Dự kiến ban hành quyết định "
                    "giải quyết trong thời hạn 30 ngày kể từ ngày thụ lý."
                ),
                "citizen_visible": True, "days_after": 24,
            },
            {
                "type": "status", "to": "suspended",
                "text": (
                    "Tạm đình chỉ giải quyết khiếu nại để chờ kết quả giám định lại thiết bị cân tải trọng "
                    "của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng (Điều 13 Luật Khiếu nại 2011)."
                ),
                "citizen_visible": True, "days_after": 25,
            },
        ],
    },
    {
        "kind": "complaint",
        "channel": "walk_in",
        "category": "road",
        "status": "in_progress",
        "days_ago": 27,
        "title": "Khiếu nại văn bản không chấp thuận đấu nối cửa hàng xăng dầu vào QL19B",
        "content": (
            "Ông Hoàng Văn Khánh, Giám đốc Công ty TNHH Thương mại Xăng dầu Khánh An, đến Phòng tiếp công dân trình "
            "bày: công ty đề nghị chấp thuận thiết kế và cấp phép thi công nút giao đấu nối cửa hàng xăng dầu vào "
            "QL19B tại xã Cát Lâm, huyện Phù Cát nhưng Sở không chấp thuận với lý do vị trí không có trong quy hoạch "
            "các điểm đấu nối. Ông cho rằng cửa hàng đã được UBND tỉnh chấp thuận chủ trương đầu tư, vị trí đấu nối "
            "trùng với đường ngang hiện hữu."
        ),
        "location": "QL19B, xã Cát Lâm, huyện Phù Cát",
        "subject": (
            "Văn bản số 1450/SGTVT-QLKCHT ngày 12/9/2026 của Sở Giao thông vận tải về việc không chấp thuận thiết kế "
            "và cấp phép thi công nút giao đấu nối vào QL19B"
        ),
        "request": (
            "Đề nghị Sở xem xét lại, chấp thuận thiết kế và cấp phép thi công nút giao theo hồ sơ công ty đã nộp."
        ),
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Hoàng Văn Khánh", "address": "12 Lê Lợi, thị trấn Ngô Mây, huyện Phù Cát",
                "phone": "0914 623 870", "email": "khanhan.xangdau@example.vn", "id_number": "052076008842",
                "organisation": "Công ty TNHH Thương mại Xăng dầu Khánh An",
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Tiếp nhận đơn tại Phòng tiếp công dân; đã lập biên bản làm việc.", "citizen_visible": True,
                "days_after": 0,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Thụ lý giải quyết khiếu nại lần đầu; giao Thanh tra Sở xác minh. Đã gửi thông báo thụ lý cho "
                    "người khiếu nại."
                ),
                "citizen_visible": True, "days_after": 5,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Thanh tra Sở phối hợp Phòng QLKCHT xác minh vị trí đấu nối và căn cứ quy hoạch.",
                "citizen_visible": True, "days_after": 7,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Theo quy hoạch điểm đấu nối QL19B được phê duyệt, điểm gần nhất cách vị trí đề nghị 650 m; đường "
                    "ngang hiện hữu là đường dân sinh chưa được chấp thuận."
                ),
                "citizen_visible": False, "days_after": 14,
            },
        ],
    },
    {
        "kind": "complaint",
        "channel": "email",
        "category": "transport",
        "status": "awaiting_citizen",
        "days_ago": 36,
        "title": "Khiếu nại quyết định thu hồi phù hiệu xe hợp đồng 77B-015.xx",
        "content": (
            "Xe khách 29 chỗ biển số 77B-015.xx của tôi bị thu hồi phù hiệu “Xe hợp đồng” 1 tháng với lý do không "
            "truyền dữ liệu từ thiết bị giám sát hành trình về hệ thống quá 30 ngày. Thực tế thiết bị bị hỏng nguồn, "
            "tôi đã gửi đơn vị cung cấp bảo hành từ đầu tháng 7 và xe nằm bãi, không hoạt động trong thời gian đó. Tôi "
            "gửi kèm ảnh chụp biên nhận bảo hành."
        ),
        "location": None,
        "subject": (
            "Quyết định số 205/QĐ-SGTVT ngày 18/8/2026 của Sở Giao thông vận tải về việc thu hồi phù hiệu xe hợp đồng "
            "đối với xe ô tô biển số 77B-015.xx"
        ),
        "request": "Đề nghị hủy Quyết định số 205/QĐ-SGTVT và cấp lại phù hiệu cho xe.",
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Trần Văn Sáu", "address": "Tổ 8, khu phố 3, phường Đập Đá, thị xã An Nhơn",
                "phone": "0376 208 913", "email": "tranvansau.xe@example.vn", "id_number": "052070005196",
                "organisation": None,
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Thụ lý giải quyết khiếu nại lần đầu; giao Thanh tra Sở xác minh. Đã gửi thông báo thụ lý cho "
                    "người khiếu nại."
                ),
                "citizen_visible": True, "days_after": 5,
            },
            {
                "type": "status", "to": "in_progress", "text": "Thanh tra Sở đang kiểm tra, xác minh nội dung.",
                "citizen_visible": True, "days_after": 7,
            },
            {
                "type": "status", "to": "awaiting_citizen",
                "text": (
                    "Đề nghị ông bổ sung bản sao Quyết định số 205/QĐ-SGTVT, giấy xác nhận của đơn vị cung cấp thiết "
                    "bị giám sát hành trình về thời gian nhận và trả bảo hành thiết bị. Thời gian bổ sung tài liệu "
                    "không tính vào thời hạn giải quyết khiếu nại."
                ),
                "citizen_visible": True, "days_after": 12,
            },
        ],
    },
    {
        "kind": "complaint",
        "channel": "walk_in",
        "category": "transport",
        "status": "resolved",
        "days_ago": 67,
        "title": "Khiếu nại quyết định xử phạt xe khách tuyến cố định chạy sai hành trình",
        "content": (
            "Ông Nguyễn Văn Hùng, Chủ nhiệm Hợp tác xã vận tải Hoài Nhơn, đến Phòng tiếp công dân trình bày: xe khách "
            "biển số 77B-009.xx của hợp tác xã bị xử phạt về hai hành vi chạy không đúng hành trình đã đăng ký và "
            "không mang theo lệnh vận chuyển. Ông thừa nhận xe có đi đường tránh vào thị xã do đường chính đang thi "
            "công, nhưng xe có lệnh vận chuyển điện tử hợp lệ trên ứng dụng, lái xe đã xuất trình cho tổ kiểm tra."
        ),
        "location": None,
        "subject": (
            "Quyết định xử phạt vi phạm hành chính số 121/QĐ-XPHC ngày 02/7/2026 của Chánh Thanh tra Sở Giao thông vận "
            "tải"
        ),
        "request": (
            "Đề nghị bỏ hành vi “không mang theo lệnh vận chuyển” và giảm mức phạt đối với hành vi chạy sai hành "
            "trình."
        ),
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Nguyễn Văn Hùng", "address": "Khối 7, phường Bồng Sơn, thị xã Hoài Nhơn",
                "phone": "0905 123 456", "email": "htxvt.hoainhon@example.vn", "id_number": "052068001274",
                "organisation": "Hợp tác xã vận tải Hoài Nhơn",
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage", "text": "Tiếp nhận tại Phòng tiếp công dân; đơn đủ điều kiện thụ lý.",
                "citizen_visible": True, "days_after": 0,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Thụ lý giải quyết khiếu nại lần đầu; giao Thanh tra Sở xác minh. Đã gửi thông báo thụ lý cho "
                    "người khiếu nại."
                ),
                "citizen_visible": True, "days_after": 4,
            },
            {
                "type": "status", "to": "in_progress", "text": "Thanh tra Sở đang kiểm tra, xác minh nội dung.",
                "citizen_visible": True, "days_after": 6,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Tra cứu hệ thống lệnh vận chuyển điện tử: lệnh của chuyến xe được cấp lúc 5 giờ 12, trước thời "
                    "điểm kiểm tra 1 giờ 40 phút."
                ),
                "citizen_visible": False, "days_after": 11,
            },
            {
                "type": "note", "to": None, "text": "Đã đối thoại với người khiếu nại ngày thứ 20 kể từ ngày thụ lý.",
                "citizen_visible": True, "days_after": 24,
            },
            {
                "type": "status", "to": "reply_drafted",
                "text": "Đã dự thảo văn bản trả lời, trình Lãnh đạo Sở xem xét.", "citizen_visible": False,
                "days_after": 30,
            },
            {
                "type": "status", "to": "reply_approved", "text": "Lãnh đạo Sở đã duyệt văn bản trả lời.",
                "citizen_visible": False, "days_after": 31,
            },
            {
                "type": "status", "to": "resolved",
                "text": (
                    "Quyết định giải quyết khiếu nại lần đầu số 45/QĐ-TTr của Chánh Thanh tra Sở: công nhận một phần "
                    "nội dung khiếu nại. Sửa đổi Quyết định số 121/QĐ-XPHC theo hướng bỏ hành vi “không mang theo lệnh "
                    "vận chuyển” do xe có lệnh vận chuyển điện tử hợp lệ; giữ nguyên xử phạt hành vi chạy không đúng "
                    "hành trình vì việc thay đổi lộ trình không được thông báo theo quy định. Nếu không đồng ý, ông có "
                    "quyền khiếu nại lần hai đến Giám đốc Sở Giao thông vận tải hoặc khởi kiện vụ án hành chính tại "
                    "Tòa án theo quy định của pháp luật."
                ),
                "citizen_visible": True, "days_after": 32,
            },
        ],
    },
    {
        "kind": "complaint",
        "channel": "post",
        "category": "clearance",
        "status": "guided",
        "days_ago": 39,
        "title": "Đơn khiếu nại của 6 hộ dân về quyết định thu hồi đất, bồi thường dự án ĐT638 tại xã Nhơn Tân",
        "content": (
            "Chúng tôi gồm 6 hộ dân thôn Nam Tượng 1, xã Nhơn Tân, thị xã An Nhơn có đất nông nghiệp bị thu hồi cho dự "
            "án nâng cấp ĐT638. Đơn giá bồi thường đất trồng cây lâu năm thấp hơn nhiều so với giá chuyển nhượng thực "
            "tế tại địa phương, cây keo 3 năm tuổi bị kiểm đếm là cây 1 năm tuổi, và các hộ mất trên 70% diện tích đất "
            "sản xuất chưa được hỗ trợ chuyển đổi nghề. Do Sở là chủ đầu tư dự án nên chúng tôi gửi đơn đến Sở."
        ),
        "location": "Thôn Nam Tượng 1, xã Nhơn Tân, thị xã An Nhơn",
        "subject": (
            "Quyết định số 2154/QĐ-UBND ngày 20/8/2026 của UBND thị xã An Nhơn về việc thu hồi đất và phê duyệt phương "
            "án bồi thường, hỗ trợ dự án nâng cấp ĐT638"
        ),
        "request": (
            "Đề nghị xem xét lại đơn giá bồi thường đất nông nghiệp, kiểm đếm lại cây keo theo đúng năm trồng và hỗ "
            "trợ đào tạo, chuyển đổi nghề cho các hộ bị thu hồi trên 70% diện tích."
        ),
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Huỳnh Văn Lễ", "address": "Thôn Nam Tượng 1, xã Nhơn Tân, thị xã An Nhơn",
                "phone": "0385 614 029", "email": None, "id_number": "052065003318", "organisation": None,
            },
            {
                "full_name": "Nguyễn Thị Bé", "address": "Thôn Nam Tượng 1, xã Nhơn Tân, thị xã An Nhơn",
                "phone": "0337 208 561", "email": None, "id_number": "052170004472", "organisation": None,
            },
            {
                "full_name": "Trần Văn Hai", "address": "Thôn Nam Tượng 1, xã Nhơn Tân, thị xã An Nhơn", "phone": None,
                "email": None, "id_number": "052058001937", "organisation": None,
            },
            {
                "full_name": "Lê Văn Tư", "address": "Thôn Nam Tượng 1, xã Nhơn Tân, thị xã An Nhơn",
                "phone": "0971 045 836", "email": None, "id_number": "052077006605", "organisation": None,
            },
            {
                "full_name": "Đặng Thị Sương", "address": "Thôn Nam Tượng 1, xã Nhơn Tân, thị xã An Nhơn",
                "phone": "0394 772 150", "email": None, "id_number": "052181002284", "organisation": None,
            },
            {
                "full_name": "Phan Văn Mười", "address": "Thôn Nam Tượng 1, xã Nhơn Tân, thị xã An Nhơn",
                "phone": "0826 330 947", "email": None, "id_number": "052063008819", "organisation": None,
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage", "text": "Đơn đông người; đã vào sổ và báo cáo Lãnh đạo Sở.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "note", "to": None,
                "text": "Quyết định bị khiếu nại do UBND thị xã An Nhơn ban hành; Sở chỉ là chủ đầu tư dự án.",
                "citizen_visible": False, "days_after": 3,
            },
            {
                "type": "status", "to": "guided",
                "text": (
                    "Đơn khiếu nại Quyết định số 2154/QĐ-UBND của UBND thị xã An Nhơn không thuộc thẩm quyền giải "
                    "quyết của Sở Giao thông vận tải. Theo Điều 18 Luật Khiếu nại năm 2011, Chủ tịch UBND thị xã An "
                    "Nhơn có thẩm quyền giải quyết khiếu nại lần đầu đối với quyết định này. Sở đã có văn bản hướng "
                    "dẫn các hộ dân gửi đơn đến Chủ tịch UBND thị xã An Nhơn (qua Ban Tiếp công dân thị xã) và gửi trả "
                    "lại các giấy tờ, tài liệu gốc kèm theo đơn."
                ),
                "citizen_visible": True, "days_after": 6,
            },
        ],
    },
    {
        "kind": "complaint",
        "channel": "email",
        "category": "safety",
        "status": "rejected",
        "days_ago": 30,
        "title": "Khiếu nại quyết định xử phạt xe tải xếp hàng vượt quá chiều cao cho phép",
        "content": (
            "Tôi khiếu nại quyết định xử phạt 6.000.000 đồng đối với xe tải biển số 77C-087.xx của tôi về hành vi xếp "
            "hàng vượt quá chiều cao cho phép khi chở rơm trên QL1A đoạn qua huyện Phù Mỹ. Tôi cho rằng tổ kiểm tra "
            "không đo chiều cao bằng thiết bị mà chỉ ước lượng bằng mắt. Do bận đi làm ăn xa nên đến nay tôi mới gửi "
            "đơn."
        ),
        "location": None,
        "subject": (
            "Quyết định xử phạt vi phạm hành chính số 034/QĐ-XPHC ngày 14/3/2026 của Chánh Thanh tra Sở Giao thông vận "
            "tải"
        ),
        "request": "Đề nghị hủy Quyết định số 034/QĐ-XPHC và hoàn trả tiền phạt đã nộp.",
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Đào Văn Khởi", "address": "Thôn Trà Quang, xã Mỹ Hiệp, huyện Phù Mỹ",
                "phone": "0352 118 479", "email": "daokhoi.tx@gmail.example", "id_number": "052075004406",
                "organisation": None,
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Người khiếu nại ký nhận quyết định ngày 14/3/2026; đơn khiếu nại gửi sau hơn 6 tháng, không kèm "
                    "tài liệu chứng minh trở ngại khách quan."
                ),
                "citizen_visible": False, "days_after": 3,
            },
            {
                "type": "status", "to": "rejected",
                "text": (
                    "Không thụ lý giải quyết khiếu nại: đơn được gửi khi đã quá thời hiệu khiếu nại 90 ngày kể từ ngày "
                    "ông nhận được Quyết định số 034/QĐ-XPHC theo Điều 9 Luật Khiếu nại năm 2011; lý do “đi làm ăn xa” "
                    "không thuộc trường hợp ốm đau, thiên tai, địch họa, đi công tác, học tập ở nơi xa hoặc trở ngại "
                    "khách quan khác để không tính vào thời hiệu. Căn cứ Điều 11 Luật Khiếu nại năm 2011, Sở thông báo "
                    "không thụ lý và nêu rõ lý do cho ông."
                ),
                "citizen_visible": True, "days_after": 5,
            },
        ],
    },
    {
        "kind": "complaint",
        "channel": "web",
        "category": "licence",
        "status": "withdrawn",
        "days_ago": 62,
        "title": "Khiếu nại việc từ chối cấp lại giấy phép lái xe bị mất do không tra cứu được hồ sơ gốc",
        "content": (
            "Tôi bị mất giấy phép lái xe hạng B2 cấp năm 2012 tại Bình Định và nộp hồ sơ cấp lại. Sở có thông báo từ "
            "chối vì không tra cứu được dữ liệu giấy phép trên hệ thống và không tìm thấy hồ sơ gốc, yêu cầu tôi học "
            "và sát hạch lại từ đầu. Tôi vẫn còn giữ bản photo giấy phép lái xe cũ và biên lai lệ phí sát hạch năm "
            "2012."
        ),
        "location": None,
        "subject": (
            "Thông báo số 77/TB-SGTVT ngày 03/8/2026 của Sở Giao thông vận tải về việc không cấp lại giấy phép lái xe "
            "hạng B2"
        ),
        "request": (
            "Đề nghị Sở tra cứu lại hồ sơ lưu trữ và cấp lại giấy phép lái xe hạng B2 cho tôi mà không phải sát hạch "
            "lại."
        ),
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Phan Thanh Tùng", "address": "74 Bạch Đằng, phường Trần Hưng Đạo, TP. Quy Nhơn",
                "phone": "0937 264 581", "email": "thanhtung.phan@example.vn", "id_number": "052086007730",
                "organisation": None,
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Thụ lý giải quyết khiếu nại lần đầu; giao Thanh tra Sở xác minh. Đã gửi thông báo thụ lý cho "
                    "người khiếu nại."
                ),
                "citizen_visible": True, "days_after": 6,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Thanh tra Sở phối hợp Phòng QLVT tra cứu hồ sơ lưu trữ giấy phép lái xe cấp năm 2012.",
                "citizen_visible": True, "days_after": 8,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Kho lưu trữ tìm thấy sổ quản lý cấp giấy phép lái xe năm 2012 có tên ông Tùng; Phòng QLVT đã nhập "
                    "bổ sung dữ liệu lên hệ thống."
                ),
                "citizen_visible": False, "days_after": 15,
            },
            {
                "type": "status", "to": "withdrawn",
                "text": (
                    "Ông Phan Thanh Tùng có đơn rút khiếu nại vì Sở đã tra cứu được hồ sơ gốc và tiếp nhận hồ sơ cấp "
                    "lại giấy phép lái xe. Sở đình chỉ việc giải quyết khiếu nại theo Điều 10 Luật Khiếu nại năm 2011."
                ),
                "citizen_visible": True, "days_after": 19,
            },
        ],
    },
    # ---- denunciation ----------------------------------------------------------------------------------------
    {
        "kind": "denunciation",
        "channel": "email",
        "category": "conduct",
        "status": "received",
        "days_ago": 1,
        "title": "Tố cáo công chức bộ phận một cửa gợi ý “tiền cà phê” khi trả phù hiệu xe",
        "content": (
            "Sáng ngày 08/10, tôi đến quầy của Sở tại Trung tâm Phục vụ hành chính công tỉnh nhận phù hiệu cho 3 xe "
            "tải của công ty. Công chức trả kết quả nói hồ sơ “còn thiếu chữ ký” và gợi ý nếu muốn lấy ngay thì “gửi "
            "anh em ly cà phê” 200.000 đồng mỗi xe. Tôi không đưa và bị hẹn lại một tuần sau. Tôi có ghi âm cuộc nói "
            "chuyện và sẵn sàng cung cấp cho cơ quan có thẩm quyền."
        ),
        "location": None,
        "subject": (
            "Ông Nguyễn Văn T., công chức tiếp nhận và trả kết quả lĩnh vực vận tải tại quầy của Sở ở Trung tâm Phục "
            "vụ hành chính công tỉnh"
        ),
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Kiều Thị Diễm", "address": "41 Nguyễn Thị Minh Khai, phường Trần Phú, TP. Quy Nhơn",
                "phone": "0986 205 374", "email": "kieudiem.vt@example.vn", "id_number": "052184005021",
                "organisation": "Công ty TNHH Vận tải hàng hóa Diễm Phát",
            },
        ],
        "unit": None,
        "history": [],
    },
    {
        "kind": "denunciation",
        "channel": "walk_in",
        "category": "bridge",
        "status": "triage",
        "days_ago": 10,
        "title": "Tố cáo nhà thầu sử dụng thép không đúng chủng loại khi thi công cầu trên ĐT637",
        "content": (
            "Ông Hồ Văn Tài đến Phòng tiếp công dân trình bày tố cáo: ông làm thợ sắt cho nhà thầu thi công cầu Suối "
            "Cạn trên ĐT637, huyện Vĩnh Thạnh. Trong tháng 9, thép chịu lực đường kính 25 mm của dầm cầu theo thiết kế "
            "là thép CB400 nhưng nhà thầu đã thay một phần bằng thép cùng đường kính không rõ nguồn gốc, không có "
            "chứng chỉ xuất xưởng. Cán bộ tư vấn giám sát biết nhưng vẫn ký biên bản nghiệm thu cốt thép. Ông có ảnh "
            "chụp nhãn mác thép và sổ ghi chép ngày nhập vật tư."
        ),
        "location": "Công trình cầu Suối Cạn, ĐT637, huyện Vĩnh Thạnh",
        "subject": (
            "Công ty CP Xây dựng công trình giao thông TPT (nhà thầu thi công) và ông Lê Quang V., kỹ sư tư vấn giám "
            "sát công trình cầu Suối Cạn"
        ),
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Hồ Văn Tài", "address": "Thôn Định Tố, xã Vĩnh Quang, huyện Vĩnh Thạnh",
                "phone": "0359 471 820", "email": None, "id_number": "052091008164", "organisation": None,
            },
        ],
        "unit": None,
        "history": [
            {
                "type": "status", "to": "triage",
                "text": (
                    "Đã lập biên bản ghi lời tố cáo, người tố cáo ký xác nhận; đang xác định thẩm quyền và điều kiện "
                    "thụ lý."
                ),
                "citizen_visible": True, "days_after": 0,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Công trình do Sở làm chủ đầu tư; đề xuất Thanh tra Sở chủ trì, Phòng QLCL phối hợp lấy mẫu thép "
                    "thí nghiệm độc lập trước khi đổ bê tông các dầm còn lại."
                ),
                "citizen_visible": False, "days_after": 3,
            },
        ],
    },
    {
        "kind": "denunciation",
        "channel": "post",
        "category": "clearance",
        "status": "accepted",
        "days_ago": 16,
        "title": "Tố cáo cán bộ tổ kiểm kê bồi thường đòi tiền để áp giá bồi thường cao",
        "content": (
            "Tôi có đất và nhà bị ảnh hưởng bởi dự án nâng cấp ĐT640 đoạn qua xã Phước Hòa, huyện Tuy Phước. Trong đợt "
            "kiểm kê tháng 8, một cán bộ trong tổ kiểm kê đã gặp riêng một số hộ, trong đó có gia đình tôi, nói nếu "
            "muốn công trình trên đất được áp giá nhà cấp 4 loại cao thì phải “bồi dưỡng” 10% số tiền được bồi thường. "
            "Hai hộ hàng xóm đã đưa tiền, còn nhà tôi không đưa thì bị ghi thiếu diện tích mái che. Tôi sẵn sàng làm "
            "việc trực tiếp với cơ quan xác minh."
        ),
        "location": "Dự án nâng cấp ĐT640 đoạn qua xã Phước Hòa, huyện Tuy Phước",
        "subject": "Ông Lê Văn H., cán bộ Ban Quản lý dự án thuộc Sở, thành viên tổ kiểm kê dự án nâng cấp ĐT640",
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Lâm Thị Ngọc Hân", "address": "Thôn Kỳ Sơn, xã Phước Hòa, huyện Tuy Phước",
                "phone": "0799 236 415", "email": None, "id_number": "052187001945", "organisation": None,
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã vào sổ đơn tố cáo; đã mã hóa thông tin người tố cáo theo quy định về bảo vệ người tố cáo.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Giám đốc Sở quyết định thụ lý tố cáo, giao Thanh tra Sở xác minh. Thông tin về người tố cáo được "
                    "giữ bí mật theo Luật Tố cáo năm 2018."
                ),
                "citizen_visible": True, "days_after": 6,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã đề nghị Ban Quản lý dự án cung cấp biên bản kiểm kê của 14 hộ thuộc đợt kiểm kê tháng 8 để đối "
                    "chiếu."
                ),
                "citizen_visible": False, "days_after": 9,
            },
        ],
    },
    {
        "kind": "denunciation",
        "channel": "web",
        "category": "licence",
        "status": "in_progress",
        "days_ago": 28,
        "title": "Tố cáo sát hạch viên và nhân viên trung tâm đào tạo nhận tiền “bao đậu” sát hạch lái xe",
        "content": (
            "Tháng 9, tôi đăng ký học lái xe ô tô hạng B tại một trung tâm đào tạo lái xe ở thị xã An Nhơn. Trước kỳ "
            "sát hạch, nhân viên tuyển sinh của trung tâm gợi ý nộp thêm 8 triệu đồng để “bao đậu” phần thi sa hình, "
            "nói rằng đã “làm việc” với sát hạch viên của Sở. Tôi và ít nhất 4 học viên khác đã chuyển khoản. Tôi có "
            "tin nhắn Zalo, biên nhận chuyển khoản và danh sách những người cùng nộp tiền."
        ),
        "location": None,
        "subject": (
            "Ông Phạm Văn T., sát hạch viên của Sở, và ông Nguyễn Minh Q., nhân viên tuyển sinh của trung tâm đào tạo "
            "lái xe"
        ),
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Trương Thị Kim Yến", "address": "Khu vực 3, phường Nhơn Phú, TP. Quy Nhơn",
                "phone": "0935 604 728", "email": "kimyen.truong@example.vn", "id_number": "052196004139",
                "organisation": None,
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Thụ lý tố cáo; giao Thanh tra Sở xác minh nội dung tố cáo. Thông tin về người tố cáo được giữ bí "
                    "mật theo quy định."
                ),
                "citizen_visible": True, "days_after": 6,
            },
            {
                "type": "status", "to": "in_progress",
                "text": "Thanh tra Sở đang xác minh nội dung tố cáo theo kế hoạch được phê duyệt.",
                "citizen_visible": True, "days_after": 8,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã thu thập dữ liệu camera sân sát hạch và kết quả của 42 thí sinh kỳ sát hạch ngày 27/9; đối "
                    "chiếu với 5 học viên có tên trong danh sách người tố cáo cung cấp."
                ),
                "citizen_visible": False, "days_after": 14,
            },
            {
                "type": "note", "to": None,
                "text": "Đã tạm thời không phân công ông T. làm nhiệm vụ sát hạch trong thời gian xác minh.",
                "citizen_visible": False, "days_after": 15,
            },
        ],
    },
    {
        "kind": "denunciation",
        "channel": "walk_in",
        "category": "vehicle",
        "status": "in_progress",
        "days_ago": 37,
        "title": "Tố cáo đăng kiểm viên gây khó khăn, gợi ý “phí ngoài” khi kiểm định xe tải",
        "content": (
            "Ông Ngô Văn Nhân, chủ 3 xe tải, đến Phòng tiếp công dân trình bày tố cáo: khi đưa xe 77C-056.xx đi kiểm "
            "định định kỳ tại một trung tâm đăng kiểm ở TP. Quy Nhơn, một đăng kiểm viên liên tục đánh lỗi những hạng "
            "mục nhỏ như đèn soi biển số, dây đai thùng, rồi gợi ý đưa 1,5 triệu đồng “phí ngoài” thì “cho qua”. Ông "
            "không đưa, xe bị đánh không đạt và phải kiểm định lại 2 lần. Ông cung cấp được thời gian, số phiếu kiểm "
            "định và đặc điểm nhận dạng người này."
        ),
        "location": None,
        "subject": "Ông Võ Thành L., đăng kiểm viên tại một trung tâm đăng kiểm xe cơ giới trên địa bàn TP. Quy Nhơn",
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Ngô Văn Nhân", "address": "Thôn Cảnh An 2, xã Nhơn Phúc, thị xã An Nhơn",
                "phone": "0976 310 842", "email": None, "id_number": "052073009518", "organisation": None,
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage", "text": "Đã lập biên bản ghi lời tố cáo; người tố cáo ký xác nhận.",
                "citizen_visible": True, "days_after": 0,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Thụ lý tố cáo; giao Thanh tra Sở xác minh nội dung tố cáo. Thông tin về người tố cáo được giữ bí "
                    "mật theo quy định."
                ),
                "citizen_visible": True, "days_after": 5,
            },
            {
                "type": "status", "to": "in_progress", "text": "Thanh tra Sở đang kiểm tra, xác minh nội dung.",
                "citizen_visible": True, "days_after": 7,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã phối hợp Cục Đăng kiểm Việt Nam trích xuất dữ liệu 3 lượt kiểm định xe 77C-056.xx và hình ảnh "
                    "camera dây chuyền kiểm định."
                ),
                "citizen_visible": False, "days_after": 16,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Gia hạn thời hạn giải quyết tố cáo thêm 30 ngày do cần xác minh thêm tại Cục Đăng kiểm Việt Nam; "
                    "đã thông báo cho người tố cáo."
                ),
                "citizen_visible": True, "days_after": 29,
            },
        ],
    },
    {
        "kind": "denunciation",
        "channel": "email",
        "category": "road",
        "status": "in_progress",
        "days_ago": 45,
        "title": "Tố cáo nhà thầu bớt xén vật liệu khi sửa chữa ĐT638, có sự bao che của cán bộ giám sát",
        "content": (
            "Tôi là kỹ thuật viên từng làm việc cho nhà thầu thi công sửa chữa ĐT638 đoạn qua huyện Vân Canh. Lớp móng "
            "cấp phối đá dăm theo thiết kế dày 30 cm nhưng thực tế chỉ rải khoảng 18–20 cm, lớp bê tông nhựa 7 cm chỉ "
            "thảm 5 cm ở nhiều đoạn. Cán bộ giám sát của chủ đầu tư biết rõ nhưng vẫn ký nhật ký công trường và biên "
            "bản nghiệm thu, được nhà thầu “chăm sóc” hằng tháng. Tôi gửi kèm ảnh chụp, nhật ký tự ghi và vị trí lý "
            "trình các đoạn nghi vấn."
        ),
        "location": "ĐT638 đoạn qua huyện Vân Canh",
        "subject": (
            "Công ty TNHH Xây dựng TPK (nhà thầu thi công) và ông Trần Quốc V., cán bộ giám sát của Ban Quản lý dự án"
        ),
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Mai Văn Trí", "address": "Tổ 4, khu vực 5, phường Ghềnh Ráng, TP. Quy Nhơn",
                "phone": "0824 517 306", "email": "maitri.kt@example.vn", "id_number": "052090003384",
                "organisation": None,
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "accepted",
                "text": (
                    "Thụ lý tố cáo; giao Thanh tra Sở xác minh nội dung tố cáo. Thông tin về người tố cáo được giữ bí "
                    "mật theo quy định."
                ),
                "citizen_visible": True, "days_after": 7,
            },
            {
                "type": "status", "to": "in_progress",
                "text": (
                    "Thanh tra Sở chủ trì xác minh; Phòng Quản lý chất lượng công trình giao thông phối hợp kiểm định "
                    "độc lập."
                ),
                "citizen_visible": True, "days_after": 9,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã khoan kiểm tra 12 vị trí theo lý trình người tố cáo cung cấp: 7 vị trí chiều dày móng cấp phối "
                    "đá dăm dưới 22 cm. Đã tạm dừng thanh toán khối lượng đợt cuối cho nhà thầu."
                ),
                "citizen_visible": False, "days_after": 20,
            },
            {
                "type": "note", "to": None,
                "text": "Đã làm việc với ông Trần Quốc V. và đại diện nhà thầu; đang dự thảo báo cáo kết quả xác minh.",
                "citizen_visible": False, "days_after": 34,
            },
        ],
    },
    {
        "kind": "denunciation",
        "channel": "web",
        "category": "safety",
        "status": "forwarded",
        "days_ago": 35,
        "title": "Tố cáo nhóm người bảo kê xe “dù”, “bến cóc” trên QL1A đoạn qua thị xã An Nhơn",
        "content": (
            "Tôi là lái xe khách tuyến cố định. Tại khu vực ngã ba gần chợ Đập Đá trên QL1A, một nhóm người tự xưng "
            "“điều hành bến” thu của mỗi xe khách dừng đón khách 50.000–100.000 đồng một lượt, xe nào không nộp thì bị "
            "chặn đầu, đe dọa lái xe. Nhóm này nói có “quan hệ” với lực lượng tuần tra nên xe nộp tiền thì không bị xử "
            "lý. Tôi có video quay cảnh thu tiền ngày 14/9 và 21/9."
        ),
        "location": "Ngã ba gần chợ Đập Đá, Quốc lộ 1A, thị xã An Nhơn",
        "subject": (
            "Nhóm người tự xưng “điều hành bến” tại ngã ba gần chợ Đập Đá, QL1A, thị xã An Nhơn và những người bảo kê "
            "cho nhóm này"
        ),
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Lương Thế Vinh", "address": "Khu phố Kim Châu, phường Bình Định, thị xã An Nhơn",
                "phone": "0965 182 437", "email": "thevinh.laixe@gmail.example", "id_number": "052082006471",
                "organisation": None,
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 1,
            },
            {
                "type": "status", "to": "forwarded",
                "text": (
                    "Nội dung tố cáo có dấu hiệu tội phạm (cưỡng đoạt tài sản) và liên quan đến trách nhiệm của lực "
                    "lượng Cảnh sát giao thông, không thuộc thẩm quyền giải quyết của Sở. Sở đã chuyển đơn và tài liệu "
                    "kèm theo đến Công an tỉnh Bình Định để xử lý theo quy định, bảo đảm giữ bí mật thông tin người tố "
                    "cáo; đã thông báo cho người tố cáo."
                ),
                "citizen_visible": True, "days_after": 4,
            },
        ],
    },
    {
        "kind": "denunciation",
        "channel": "post",
        "category": "licence",
        "status": "rejected",
        "days_ago": 43,
        "title": "Tố cáo tiếp việc cấp giấy phép lái xe hạng C sai quy định đã được kết luận",
        "content": (
            "Tôi tiếp tục tố cáo ông Đỗ Văn N., nguyên Phó trưởng phòng Quản lý vận tải, phương tiện và người lái, đã "
            "ký trình cấp giấy phép lái xe hạng C cho một số người chưa đủ thời gian hành nghề trong năm 2024. Kết "
            "luận nội dung tố cáo trước đây cho rằng tố cáo của tôi không đúng, nhưng tôi không đồng ý vì vẫn tin rằng "
            "có sai phạm."
        ),
        "location": None,
        "subject": "Ông Đỗ Văn N., nguyên Phó trưởng phòng Quản lý vận tải, phương tiện và người lái",
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Vương Đình Lộc", "address": "Thôn Phú Hậu, xã Cát Khánh, huyện Phù Cát",
                "phone": "0328 645 109", "email": None, "id_number": "052067002795", "organisation": None,
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 2,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đối chiếu hồ sơ: nội dung trùng với vụ việc đã giải quyết tại Kết luận số 12/KL-SGTVT ngày "
                    "15/5/2026 của Giám đốc Sở; đơn không kèm thông tin, tài liệu mới."
                ),
                "citizen_visible": False, "days_after": 5,
            },
            {
                "type": "status", "to": "rejected",
                "text": (
                    "Không thụ lý tố cáo: nội dung tố cáo đã được Giám đốc Sở giải quyết tại Kết luận số 12/KL-SGTVT "
                    "ngày 15/5/2026, đơn tố cáo tiếp không có thông tin, tài liệu, chứng cứ mới nên không đủ điều kiện "
                    "thụ lý theo Luật Tố cáo năm 2018. Nếu có căn cứ cho rằng việc giải quyết tố cáo không đúng pháp "
                    "luật, ông có quyền tố cáo tiếp đến Chủ tịch UBND tỉnh Bình Định là người đứng đầu cơ quan cấp "
                    "trên trực tiếp."
                ),
                "citizen_visible": True, "days_after": 8,
            },
        ],
    },
    {
        "kind": "denunciation",
        "channel": "post",
        "category": "conduct",
        "status": "filed",
        "days_ago": 47,
        "title": "Tố cáo cán bộ nhận quà của doanh nghiệp vận tải (không xác định được người tố cáo)",
        "content": (
            "Đơn gửi qua bưu điện, ký tên ông Nguyễn Văn Bình, Tổ 6, khu vực 3, phường Quang Trung, TP. Quy Nhơn: “Một "
            "số cán bộ Phòng Quản lý vận tải thường xuyên nhận quà, phong bì của các doanh nghiệp vận tải vào dịp lễ, "
            "Tết để được ưu tiên giải quyết hồ sơ cấp phù hiệu, giấy phép kinh doanh.” Đơn không nêu tên người cụ thể, "
            "thời gian hay tài liệu chứng minh, không ghi số điện thoại."
        ),
        "location": None,
        "subject": "Một số cán bộ Phòng Quản lý vận tải, phương tiện và người lái (đơn không nêu tên cụ thể)",
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Nguyễn Văn Bình", "address": "Tổ 6, khu vực 3, phường Quang Trung, TP. Quy Nhơn",
                "phone": None, "email": None, "id_number": None, "organisation": None,
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 2,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Thư mời làm việc gửi theo địa chỉ trong đơn bị bưu điện trả lại; UBND phường Quang Trung xác nhận "
                    "không có người tên Nguyễn Văn Bình cư trú tại Tổ 6, khu vực 3."
                ),
                "citizen_visible": False, "days_after": 12,
            },
            {
                "type": "status", "to": "filed",
                "text": (
                    "Qua kiểm tra, xác minh không xác định được người tố cáo (không có người có họ tên như trong đơn "
                    "cư trú tại địa chỉ ghi trong đơn) nên không xử lý theo thủ tục giải quyết tố cáo (khoản 1 Điều 25 "
                    "Luật Tố cáo năm 2018). Nội dung không nêu cụ thể người vi phạm, không có tài liệu, chứng cứ để "
                    "thẩm tra, xác minh; lưu đơn và báo cáo Lãnh đạo Sở để nhắc nhở, chấn chỉnh chung."
                ),
                "citizen_visible": True, "days_after": 15,
            },
        ],
    },
    {
        "kind": "denunciation",
        "channel": "suggestion_box",
        "category": "safety",
        "status": "filed",
        "days_ago": 55,
        "title": "Tố cáo tổ kiểm tra tải trọng xe “làm luật” trên QL19 (người đứng tên không viết đơn)",
        "content": (
            "Thư bỏ tại hòm thư góp ý của Sở, ký tên ông Lê Văn Dũng, lái xe, thôn Thượng Giang, xã Tây Giang, huyện "
            "Tây Sơn: “Tổ kiểm tra tải trọng xe lưu động trên QL19 đoạn qua huyện Tây Sơn, trong khung giờ từ 22 giờ "
            "đến 2 giờ sáng các đêm cuối tháng 8, cho xe chở đá quá tải đi qua nếu lái xe ‘gửi’ 500.000 đồng, xe không "
            "gửi thì bị đưa vào cân.” Thư kèm danh sách 6 biển số xe và ngày giờ đi qua."
        ),
        "location": "Quốc lộ 19, huyện Tây Sơn",
        "subject": "Tổ kiểm tra tải trọng xe lưu động của Thanh tra Sở trên QL19, đoạn qua huyện Tây Sơn",
        "request": None,
        "anonymous": False,
        "submitters": [
            {
                "full_name": "Lê Văn Dũng", "address": "Thôn Thượng Giang, xã Tây Giang, huyện Tây Sơn", "phone": None,
                "email": None, "id_number": None, "organisation": None,
            },
        ],
        "unit": "TTRA",
        "history": [
            {
                "type": "status", "to": "triage",
                "text": "Đã tiếp nhận; Văn phòng Sở đang phân loại và xác định thẩm quyền xử lý.",
                "citizen_visible": True, "days_after": 3,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã mời ông Lê Văn Dũng đến làm việc; ông xác nhận không viết, không ký thư và không biết nội dung "
                    "tố cáo."
                ),
                "citizen_visible": False, "days_after": 10,
            },
            {
                "type": "status", "to": "filed",
                "text": (
                    "Người tố cáo sử dụng họ tên của người khác để tố cáo nên không xử lý theo thủ tục giải quyết tố "
                    "cáo (khoản 1 Điều 25 Luật Tố cáo năm 2018). Do thư nêu cụ thể thời gian, địa điểm và biển số xe, "
                    "theo khoản 2 Điều 25, Giám đốc Sở chỉ đạo kiểm tra nội bộ phục vụ công tác quản lý; lưu đơn."
                ),
                "citizen_visible": True, "days_after": 12,
            },
            {
                "type": "note", "to": None,
                "text": (
                    "Đã đối chiếu nhật ký hoạt động của tổ kiểm tra và dữ liệu camera tại các trạm trên QL19 trong các "
                    "đêm nêu trong thư."
                ),
                "citizen_visible": False, "days_after": 25,
            },
        ],
    },
]


if __name__ == "__main__":
    KINDS = ("suggestion", "feedback", "petition", "regulation_feedback", "complaint", "denunciation")
    CHANNELS = ("web", "hotline", "email", "walk_in", "post", "suggestion_box")
    CATEGORIES = ("road", "bridge", "signs", "licence", "vehicle", "transport", "safety", "clearance", "procedure",
                  "conduct", "inland")
    UNITS = ("VP", "TTRA", "QLVT", "QLKCHT", "KHTC", "QLCL")
    EXPECTED_STATUSES = {
        "received": 10, "triage": 8, "accepted": 6, "in_progress": 9, "awaiting_citizen": 4, "resolved": 8,
        "forwarded": 2, "guided": 2, "rejected": 2, "filed": 2, "withdrawn": 2, "closed": 2,
        "reply_drafted": 1, "reply_approved": 1, "suspended": 1,
    }
    OPEN = ("received", "triage", "accepted", "in_progress", "awaiting_citizen", "suspended", "reply_drafted",
            "reply_approved")
    MOVES = {
        "received": {"triage", "filed", "withdrawn"},
        "triage": {"accepted", "forwarded", "guided", "rejected", "filed", "withdrawn"},
        "accepted": {"in_progress", "withdrawn"},
        "in_progress": {"awaiting_citizen", "suspended", "reply_drafted", "withdrawn"},
        "suspended": {"in_progress", "withdrawn"},
        "awaiting_citizen": {"in_progress", "withdrawn"},
        "reply_drafted": {"reply_approved", "in_progress", "withdrawn"},
        "reply_approved": {"resolved", "withdrawn"},
        "resolved": {"closed"}, "forwarded": {"closed"}, "guided": {"closed"}, "rejected": {"closed"},
        "filed": {"closed"}, "withdrawn": {"closed"},
    }
    REASON_REQUIRED = ("awaiting_citizen", "suspended", "forwarded", "guided", "rejected", "filed")
    AGENCIES = ("UBND", "Công an tỉnh", "Sở Tài nguyên và Môi trường", "Khu Quản lý đường bộ", "Cục ")
    CASE_KEYS = {"kind", "channel", "category", "status", "days_ago", "title", "content", "location", "subject",
                 "request", "anonymous", "submitters", "unit", "history"}
    PERSON_KEYS = {"full_name", "address", "phone", "email", "id_number", "organisation"}
    EVENT_KEYS = {"type", "to", "text", "citizen_visible", "days_after"}

    def tally(values):
        counts = {}
        for value in values:
            counts[value] = counts.get(value, 0) + 1
        return counts

    assert len(DEMO_CASES) == 60, len(DEMO_CASES)
    kinds = tally(c["kind"] for c in DEMO_CASES)
    statuses = tally(c["status"] for c in DEMO_CASES)
    channels = tally(c["channel"] for c in DEMO_CASES)
    categories = tally(c["category"] for c in DEMO_CASES)
    assert kinds == {k: 10 for k in KINDS}, kinds
    assert statuses == EXPECTED_STATUSES, statuses
    assert set(channels) == set(CHANNELS), channels
    assert max(channels, key=channels.get) == "web", channels
    assert set(categories) == set(CATEGORIES), categories

    people = emails = groups = anonymous_denunciations = 0
    for n, case in enumerate(DEMO_CASES):
        where = f"case {n} ({case['kind']}, {case['status']}): {case['title']}"
        kind, status, days = case["kind"], case["status"], case["days_ago"]
        assert set(case) == CASE_KEYS, where
        assert isinstance(days, int) and 0 <= days <= 120, where
        assert case["title"] and len(case["title"]) <= 120, where
        assert 150 <= len(case["content"]) <= 1200, where
        assert case["location"] is None or len(case["location"]) <= 300, where
        if status in ("received", "triage"):
            assert case["unit"] is None, where
            assert days <= 12, where
        else:
            assert case["unit"] in UNITS, where
        # What the law asks of each kind.
        if kind == "complaint":
            assert case["subject"] and case["request"], where
        elif kind == "denunciation":
            assert case["subject"] and case["request"] is None, where
        else:
            assert case["subject"] is None and case["request"] is None, where
        if case["anonymous"]:
            assert kind in ("suggestion", "feedback", "petition", "denunciation"), where
            assert case["submitters"] == [], where
            if kind == "denunciation":
                assert status == "filed", where
                anonymous_denunciations += 1
        else:
            count = len(case["submitters"])
            assert count == 1 or 5 <= count <= 6, where
            groups += count > 1
            first = case["submitters"][0]
            assert first["full_name"] and first["address"], where
            if kind == "regulation_feedback":
                assert first["phone"] or first["address"], where
            if kind in ("complaint", "denunciation"):
                assert first["phone"] or first["email"] or first["address"], where
        for person in case["submitters"]:
            assert set(person) == PERSON_KEYS, where
            assert person["id_number"] is None or (len(person["id_number"]) == 12 and person["id_number"].isdigit())
            assert person["email"] is None or "example" in person["email"].split("@")[1], where
            people += 1
            emails += person["email"] is not None
        # The timeline replays through the lifecycle and ends in the case's status.
        current, last_day = "received", 0
        for event in case["history"]:
            assert set(event) == EVENT_KEYS, where
            assert event["text"] and isinstance(event["citizen_visible"], bool), where
            assert isinstance(event["days_after"], int) and last_day <= event["days_after"] < days, where
            last_day = event["days_after"]
            if event["type"] == "note":
                assert event["to"] is None, where
                continue
            assert event["type"] == "status", where
            target = event["to"]
            assert target in MOVES.get(current, set()), f"{where}: {current} -> {target}"
            if target in ("reply_drafted", "reply_approved"):
                assert not event["citizen_visible"], where
            if target == "resolved":
                assert event["citizen_visible"] and len(event["text"]) >= 150, where
            if target == "forwarded":
                assert any(agency in event["text"] for agency in AGENCIES), where
            if target in ("rejected", "filed") and kind in ("complaint", "denunciation"):
                assert "Luật" in event["text"], where
            assert target not in REASON_REQUIRED or len(event["text"]) >= 40, where
            current = target
        assert current == status, f"{where}: history ends in {current}"
        assert status != "received" or not any(e["type"] == "status" for e in case["history"]), where
        if status == "withdrawn":
            assert any(e["to"] == "withdrawn" for e in case["history"]), where
    assert groups == 2, groups
    assert anonymous_denunciations <= 2, anonymous_denunciations
    internal_notes = sum(
        1 for c in DEMO_CASES for e in c["history"] if e["type"] == "note" and not e["citizen_visible"]
    )
    assert internal_notes >= 10, internal_notes
    resolved_days = [c["days_ago"] for c in DEMO_CASES if c["status"] in ("resolved", "closed")]
    assert min(resolved_days) >= 30, resolved_days

    def line(label, counts, order):
        return f"{label:<11}" + ", ".join(f"{key} {counts[key]}" for key in order if key in counts)

    print(f"{len(DEMO_CASES)} demo cases OK")
    print(line("kinds:", kinds, KINDS))
    print(line("statuses:", statuses, EXPECTED_STATUSES))
    print(line("channels:", channels, CHANNELS))
    print(line("categories:", categories, CATEGORIES))
    print(line("units:", tally(c["unit"] or "-" for c in DEMO_CASES), UNITS + ("-",)))
    print(f"anonymous: {sum(c['anonymous'] for c in DEMO_CASES)} (denunciations {anonymous_denunciations}); "
          f"group cases: {groups}; submitters: {people}, with e-mail: {emails}; "
          f"history events: {sum(len(c['history']) for c in DEMO_CASES)} ({internal_notes} internal notes); "
          f"days_ago {min(c['days_ago'] for c in DEMO_CASES)}–{max(c['days_ago'] for c in DEMO_CASES)}")

def test_home_renders_profile(client, world):
    response = client.get("/")
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "Sở Giao thông vận tải tỉnh Bình Định" in body
    assert "0256 3 822 171" in body

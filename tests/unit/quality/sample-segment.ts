// A correct segment in the three languages that the text-check tests break one way at a time.

export const source = "Hơn 20 triệu người đã theo dõi cuộc điều trần hôm thứ Năm của ứng cử viên Brett Kavanaugh.";
export const de = "Über 20 Millionen Zuschauer haben am Donnerstag die Anhörung von Brett Kavanaugh gesehen.";
export const en = "More than 20 million people watched Thursday's hearing of nominee Brett Kavanaugh.";

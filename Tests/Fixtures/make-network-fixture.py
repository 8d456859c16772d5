#!/usr/bin/env python3
"""Writes network-fixture.csv: a few hundred hospitals in the shape and mess of a real network list
(mixed-case and abbreviated cities, localities in the CITY column, former names in parentheses,
legal suffixes, addresses that carry the locality), for the unit tests. Names and addresses are
made up; only the brands and localities are real places a caller would say.

Deterministic: the same file every run. Run it after changing a row and commit both.
"""
import csv, io, os, random

# Rows the unit tests reason about, written out by hand.
SCENARIOS = [
    # Bengaluru: a chain in many branches, a renamed chain, a brand with one branch, eye and maternity chains.
    ("Manipal Hospitals (originally incorporated with the name of Columbia Asia Hospital group)", "No 46, Ambalipura Sarjapur Road", "Bengaluru"),
    ("Manipal Hospital Old Airport Road", "98, HAL Old Airport Road, Kodihalli", "Bengaluru"),
    ("Manipal Hospitals Pvt Ltd (earlier Vikram Hospital Millers Road)", "No 71/1, Millers Road, Opp St Annes College", "Bangalore"),
    ("Manipal Hospital Whitefield (formerly Columbia Asia Whitefield)", "Survey No 10P & 12P, Ramagondanahalli, Varthur Hobli, Whitefield", "Bengaluru"),
    ("Manipal Hospitals (formerly Columbia Asia Hebbal)", "Hebbal Kirloskar Business Park Bellary Road, Hebbal, Bangalore", "Bengaluru"),
    ("Manipal Hospital Yeshwanthpur (formerly Columbia Asia Referral Hospital)", "26/4, Brigade Gateway, Malleshwaram West", "Bengaluru"),
    ("Dr Malathi Manipal Hospital", "45, 43rd Cross, 9th Block, Jayanagar", "Bengaluru"),
    ("MANIPAL HOSPITAL KANAKAPURA ROAD", "Survey No 42, Kanakapura Main Road, Doddakallasandra", "BANGALORE"),
    ("Manipal Clinic Electronic City", "Phase 1, Hosur Road, Electronic City", "Bangalore Rural"),
    ("Narayana Health City", "Hosur Road Anekal Taluk, No. 258 / A Bommasandra Industrial Area Anekal Taluk Bangalore - 562158, Hosur Road, Anekal Taluk", "Bengaluru"),
    ("Narayana Nethralaya", "121/C, Chord Road, Rajajinagar 1st R Block", "Bengaluru"),
    ("Narayana Multispeciality Hospital Whitefield", "No 17, Kiadb Industrial Area, Whitefield", "Bengaluru"),
    ("Fortis Hospital Bannerghatta Road", "154/9, Bannerghatta Road, Opp IIM-B", "Bengaluru"),
    ("Cloudnine Hospital Jayanagar", "1533, 9th Main, 3rd Block, Jayanagar", "Bengaluru"),
    ("Sakra World Hospital Pvt Ltd", "52/2 & 52/3, Devarabeesanahalli, Varthur Hobli, Marathahalli", "Bengaluru"),
    ("Apollo Cradle Koramangala", "No 1, 80 Feet Road, Koramangala 4th Block", "Bengaluru"),
    ("Dr Agarwal's Eye Hospital", "No 10, Residency Road, Shanthala Nagar", "Bengaluru"),
    ("City Hospital", "#11, Bangalore-32", "Bengaluru"),
    ("Healthcare Global Enterprises (HCG)", "No 8, P Kalinga Rao Road, Sampangi Ram Nagar", "Bengaluru"),
    ("Kinder Womens Hospital And Fertility Centre (A Unit Of Kindorama Healthcare Private Limited)", "No 40F, 2nd Cross, Whitefield Main Road", "Bengaluru"),
    ("Suguna Hospital (No Cashless for Ophthalmology Procedures)", "1A, Dr Rajkumar Road, Rajajinagar", "Bengaluru"),
    # Mumbai: one Fortis branch, a locality that is also a city elsewhere, Navi Mumbai and Thane in the CITY column.
    ("P D Hinduja Hospital", "Veer Savarkar Marg, Mahim", "Bombay"),
    ("Jaslok Hospital & Research Centre", "15, Dr Deshmukh Marg, Pedder Road", "Mumbai"),
    ("Cloudnine Hospital Malad", "Malad Link Road, Malad West", "Mumbai"),
    ("Surya Mother And Child Care", "Mahakali Caves Road, Andheri East", "Mumbai"),
    ("Kokilaben Dhirubhai Ambani Hospital", "Rao Saheb Achutrao Patwardhan Marg, Four Bungalows, Andheri West", "Mumbai"),
    ("Jupiter Hospital", "Eastern Express Highway, Thane West", "Mumbai"),
    ("Bethany Hospital", "Pokhran Road No 2, Thane West", "Mumbai"),
    ("Kaushalya Medical Foundation Trust Hospital", "Panch Pakhadi, Thane West", "Mumbai"),
    ("Terna Speciality Hospital", "Plot No 12, Sector-22, Phase-2, Nerul (W), Opp Nerul Railway Station, Navi Mumbai", "Mumbai"),
    ("Fortis Hospital Mulund", "Sector-44, Mulund Goregaon Link Rd,", "Mumbai"),
    ("Shree Siddhivinayak Nursing Home", "Station Road, Mulund West", "Mumbai"),
    ("Mulund Lifeline Hospital", "Nahur Road, Mulund West", "Mumbai"),
    ("Platinum Hospital Mulund", "LBS Marg, Mulund West", "MUMBAI"),
    ("Apex Superspeciality Hospital", "Veer Savarkar Road, Mulund East", "Mumbai"),
    # Pune: chains with several branches, a maternity brand spelt two ways.
    ("Ruby Hall Clinic", "40/2, Sassoon Road, Near Pune Station", "Pune"),
    ("Ruby Hall Clinic Wanowrie", "Survey No 8/1, Wanowrie", "Pune"),
    ("Sahyadri Super Speciality Hospital Hadapsar", "Survey No 163, Hadapsar", "Pune"),
    ("Sahyadri Hospital Deccan Gymkhana", "30-C, Karve Road, Erandwane", "Pune"),
    ("Sahyadri Hospital Kothrud", "Plot No 12, Karve Road, Kothrud", "PUNE"),
    ("Cloud Nine Hospital Kalyani Nagar", "Survey No 5, Kalyani Nagar", "Pune"),
    ("Cloud Nine Hospital Aundh", "ITI Road, Aundh", "Pune"),
    ("Jehangir Hospital", "32, Sassoon Road", "Pune"),
    ("Noble Hospital", "153, Magarpatta City Road, Hadapsar", "Pune"),
    ("Deenanath Mangeshkar Hospital", "Erandwane, Near Mhatre Bridge", "Pune"),
    ("Inamdar Multispeciality Hospital", "Survey No 15, Fatima Nagar, Wanowrie", "Pune"),
    # Kolkata: one chain in two cities, a branch in Salt Lake, a former name in brackets.
    ("Narayana Superspeciality Hospital Howrah", "120/1, Andul Road, Howrah", "Kolkata"),
    ("Narayana Multispeciality Hospital Salt Lake", "DD-27, Sector 1, Salt Lake City", "Kolkata"),
    ("Rabindranath Tagore International Institute Of Cardiac Sciences (Narayana)", "124, EM Bypass, Mukundapur", "Kolkata"),
    ("COLUMBIA ASIA [KOLKATA]", "IB-193, Sector III, Salt Lake", "Kolkata"),
    ("ASG HOSPITAL PVT LTD (KOLKATA)", "Plot No 21, Jessore Road, Lake Town", "Kolkata"),
    ("AMRI Hospital Salt Lake", "JC-16 & 17, Salt Lake City", "KOLKATA"),
    ("Desun Hospital", "Kasba Golpark, EM Bypass", "Kolkata"),
    # Delhi: many spellings of the city, localities in the CITY column.
    ("Max Super Speciality Hospital Saket", "1-2, Press Enclave Road, Saket", "NEW DELHI"),
    ("Max Smart Super Speciality Hospital", "Mandir Marg, Press Enclave Road, Saket", "New Delhi"),
    ("Eden Hospital Pvt Ltd.", "A-1, East of Kailash", "New Delhi"),
    ("CLOUDNINE HOSPITAL, PUNJABI BAGH, DELHI", "Road No 44, Punjabi Bagh West", "DELHI"),
    ("Centre For Sight (Rohini)", "Sector 7, Rohini", "Rohini"),
    ("Sir Ganga Ram Hospital", "Rajinder Nagar", "New Delhi"),
    ("Indraprastha Apollo Hospitals", "Sarita Vihar, Mathura Road", "Delhi"),
    ("Venkateshwar Hospital", "Sector 18A, Dwarka", "DWARKA"),
    ("Maharaja Agrasen Hospital", "Road No 35, Punjabi Bagh", "West Delhi"),
    ("Fortis Escorts Heart Institute", "Okhla Road, Sukhdev Vihar Metro Station", "New DELHI"),
    ("Chirag Clinic", "B - 16, Chirag Enclave, Opp. Nehru Place, Devika Tower, New Delhi , New Delhi", "New Delhi"),
    # Gurugram: GGN and GURUGRAM, sectors.
    ("Medanta - The Medicity", "CH Baktawar Singh Road, Sector 38", "Gurugram"),
    ("Artemis Hospital", "Sector 51", "GGN"),
    ("Fortis Memorial Research Institute", "Sector 44, Opp HUDA City Centre, Gurgaon", "GURUGRAM"),
    ("Paras Hospital", "C-1, Sushant Lok Phase 1, Sector 43", "Gurugram"),
    ("Cloudnine Hospital Golf Course Road", "Sector 62, Golf Course Extension Road", "Gurugram"),
    # Noida, Greater Noida, Ghaziabad, Faridabad: sectors that repeat across cities, abbreviations.
    ("Fortis Hospital Noida", "B-22, Sector 62", "Noida"),
    ("Max Multi Speciality Centre Noida", "A-364, Sector 19", "NOIDA"),
    ("CLOUDNINE HOSPITAL NOIDA", "B-25, Sector 62", "Noida"),
    ("Yatharth Super Speciality Hospital", "Sector 110", "Noida"),
    ("Kailash Hospital Greater Noida", "Plot No 23, Knowledge Park 1", "Greater Noida"),
    ("Sharda Hospital", "Plot No 32-34, Knowledge Park 3", "GREATER NOIDA"),
    ("Yatharth Hospital Noida Extension", "Sector 1, Greater Noida West", "GREATER NOIDA WEST"),
    ("Prakash Hospital", "D-12, 12A, 12B, Sector 33", "Greater Noida Ext"),
    ("Shanti Gopal Hospital", "NH 24, Ahinsa Khand 2, Indirapuram", "Indirapuram"),
    ("Yashoda Super Speciality Hospital", "III-M, Nehru Nagar", "GZB"),
    ("Columbia Asia Hospital Ghaziabad", "NH-24, Near Hindon River", "GZB."),
    ("Sarvodaya Hospital", "YMCA Road, Sector 8", "Faridabad"),
    ("Asian Institute Of Medical Sciences", "Badkhal Flyover Road, Sector 21A", "FARIDABAD"),
    ("Park Hospital Ballabgarh", "Sector 62, Near Bypass", "Ballabgarh"),
    ("Metro Heart Institute", "Sector 16A", "GREATER FARIDABAD"),
    # One-hospital towns.
    ("Bhiwani Civil Care Hospital", "Hansi Gate", "BHIWANI"),
    ("Rewari Lifeline Nursing Home", "Circular Road", "REWARI"),
    ("Sangam Hospital", "Civil Lines", "PRAYAGRAJ"),
    ("Moradabad Heart Centre", "Delhi Road", "MORADABAD"),
    ("Gorakhpur Child Care", "Golghar", "GORAKHPUR"),
    ("Palwal Mother Care", "Agra Chowk", "PALWAL"),
    ("Bahadurgarh Trauma Centre", "Jhajjar Road", "BAHADURGARH"),
    ("Agra Netra Hospital", "Sanjay Place", "Agra"),
]

# Filler: made-up hospitals so each city has the size of a real city's list.
FILLER = {
    "Bengaluru": (["Bengaluru", "Bangalore", "BANGALORE", "Bengaluru"], ["Indiranagar", "HSR Layout", "Banashankari", "Basavanagudi", "Yelahanka", "Malleshwaram", "BTM Layout", "Vijayanagar", "Rajajinagar", "RT Nagar", "Koramangala", "Marathahalli"], 27),
    "Mumbai": (["Mumbai", "Mumbai", "MUMBAI", "Bombay"], ["Andheri West", "Borivali East", "Dadar", "Chembur", "Ghatkopar East", "Kandivali West", "Vile Parle", "Goregaon East", "Bandra West", "Powai", "Vashi", "Kurla West"], 42),
    "Pune": (["Pune", "PUNE", "Pune"], ["Baner", "Wakad", "Kharadi", "Viman Nagar", "Pimpri", "Chinchwad", "Shivaji Nagar", "Katraj", "Hinjewadi", "Bibwewadi"], 22),
    "Kolkata": (["Kolkata", "KOLKATA"], ["Behala", "Dum Dum", "Tollygunge", "Ballygunge", "Garia", "New Town", "Park Circus", "Shyambazar"], 15),
    "New Delhi": (["New Delhi", "NEW DELHI", "DELHI", "Delhi"], ["Lajpat Nagar", "Janakpuri", "Karol Bagh", "Pitampura", "Vasant Kunj", "Mayur Vihar", "Greater Kailash", "Preet Vihar", "Shalimar Bagh", "Malviya Nagar"], 34),
    "Gurugram": (["Gurugram", "GURUGRAM", "GGN"], ["Sector 14", "DLF Phase 2", "Sohna Road", "Palam Vihar", "Sector 56", "South City 1"], 12),
    "Ghaziabad": (["Ghaziabad", "GHAZIABAD"], ["Raj Nagar", "Vaishali", "Kaushambi", "Vasundhara", "Mohan Nagar"], 9),
    "Faridabad": (["Faridabad", "FARIDABAD"], ["Sector 15", "NIT", "Sector 28", "Old Faridabad", "Sector 37"], 10),
    "Noida": (["Noida", "NOIDA"], ["Sector 18", "Sector 27", "Sector 50", "Sector 71", "Sector 137"], 8),
}
FIRST = ["Shree", "Sri", "Sai", "Jeevan", "Lifeline", "Sanjeevani", "Arogya", "Aastha", "Om", "Krishna", "Shanti", "Navjeevan", "Samarth", "Sunrise", "Care", "Mother", "Sparsh", "Vardaan", "Prerna", "Amrit", "Umang", "Disha", "Akshay", "Ujala"]
SECOND = ["Nursing Home", "Hospital", "Multispeciality Hospital", "Maternity Home", "Eye Hospital", "Children's Hospital", "Heart Centre", "Surgical Centre", "Medical Centre", "Orthopaedic Hospital"]
SUFFIX = ["", "", "", " Pvt Ltd", " Pvt. Ltd.", " PRIVATE LIMITED", " (A Unit Of Healing Touch Healthcare)"]


def rows():
    generator = random.Random(20261203)
    out = list(SCENARIOS)
    used = {name for name, _, _ in SCENARIOS}
    for city, (columns, localities, count) in FILLER.items():
        for n in range(count):
            while True:
                name = f"{generator.choice(FIRST)} {generator.choice(SECOND)}"
                locality = generator.choice(localities)
                if generator.random() < 0.3:
                    name = f"{name} {locality}"
                name += generator.choice(SUFFIX)
                if generator.random() < 0.15:
                    name = name.upper()
                if name not in used:
                    used.add(name)
                    break
            address = f"{generator.randint(1, 480)}, {generator.choice(['Main Road', 'Cross Road', 'Link Road', 'Station Road', 'Market'])}, {locality}"
            out.append((name, address, columns[n % len(columns)]))
    return out


def main():
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "network-fixture.csv")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["HOSPITAL NAME", "Address", "CITY"])
    writer.writerows(rows())
    with open(target, "w", encoding="utf-8") as file:
        file.write(buffer.getvalue())
    print(f"{target}: {len(rows())} hospitals")


if __name__ == "__main__":
    main()

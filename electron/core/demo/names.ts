// Word lists for the demo office. Varied on purpose: accents, apostrophes, hyphens and long names.
export const firstNames = [
  'Aaliyah', 'Aarav', 'Abigail', 'Adrián', 'Aisha', 'Alejandro', 'Alex', 'Amara', 'Amelia', 'Ana', 'Andre', 'Anika',
  'Aryan', 'Ava', 'Benjamin', 'Bianca', 'Caleb', 'Camila', 'Carlos', 'Chen', 'Chloe', 'Daniel', 'Dana', 'Deja',
  'Diego', 'Dmitri', 'Elena', 'Eli', 'Emma', 'Ethan', 'Fatima', 'Felix', 'Gabriel', 'Grace', 'Hana', 'Hannah',
  'Hiroshi', 'Ibrahim', 'Imani', 'Isabella', 'Ivan', 'Jada', 'James', 'Jamal', 'Jasmine', 'Javier', 'Jin', 'Jordan',
  'José', 'Julia', 'Kai', 'Kavya', 'Kenji', 'Layla', 'Leo', 'Liam', 'Lucas', 'Lucía', 'Maya', 'Mei', 'Mia', 'Miguel',
  'Mohammed', 'Nadia', 'Naomi', 'Noah', 'Nora', 'Olivia', 'Omar', 'Priya', 'Rafael', 'Riley', 'Rohan', 'Rosa',
  'Samuel', 'Sara', 'Sebastián', 'Sofia', 'Taylor', 'Thomas', 'Valentina', 'Wei', 'Xavier', 'Yara', 'Yusuf', 'Zoe',
] as const;

export const lastNames = [
  'Abbott', 'Adeyemi', 'Alvarez', 'Anderson', 'Bui', 'Campbell', 'Chen', 'Chowdhury', 'Cohen', 'Cruz', 'Da Silva',
  'Davis', 'Delgado', 'Dubois', 'Evans', 'Fernández', 'Fischer', 'Garcia', 'Goldberg', 'Gupta', 'Hansen', 'Harris',
  'Hernandez', 'Ibrahim', 'Ito', 'Jackson', 'Johnson', 'Kaur', 'Kim', 'Kowalski', 'Lee', 'Lewis', 'Li', 'Lopez',
  'Martin', 'Martinez', 'Mbeki', 'Miller', 'Morales', 'Müller', 'Nakamura', 'Nguyen', "O'Brien", 'Okafor', 'Olsen',
  'Patel', 'Petrov', 'Phillips', 'Quinn', 'Ramirez', 'Reyes', 'Robinson', 'Rossi', 'Russo', 'Sánchez', 'Santos',
  'Schmidt', 'Shah', 'Singh', 'Smith', 'Suzuki', 'Tanaka', 'Taylor', 'Thompson', 'Tran', 'Turner', 'Van der Berg',
  'Walker', 'Wang', 'Washington', 'White', 'Williams', 'Wilson', 'Wong', 'Wright', 'Yamamoto', 'Young', 'Zhang',
  'Zimmerman', 'Nwosu-Bello',
] as const;

export const programs = [
  'Accounting', 'Biology', 'Business Administration', 'Chemistry', 'Communication', 'Computer Science',
  'Criminal Justice', 'Economics', 'Electrical Engineering', 'English', 'Environmental Science', 'Finance',
  'Graphic Design', 'History', 'Information Systems', 'Marketing', 'Mechanical Engineering', 'Nursing',
  'Political Science', 'Psychology', 'Public Health', 'Social Work', 'Sociology', 'Statistics',
] as const;

export const cohorts = ['Career Fellows', 'Emerging Leaders', 'STEM Scholars', 'First-Year Explorers', 'Bridge Program'] as const;

export const labels = ['First-gen', 'Honors', 'Athlete', 'International', 'Transfer', 'Veteran', 'Work-study'] as const;

export const advisorNames = [
  'Jordan Ellis', 'Priya Raman', 'Marcus Bell', 'Sofía Herrera', 'Grace Whitfield', 'Daniel Osei', 'Hannah Kowalczyk',
  'Tomás Rivera', 'Aisha Karim', 'Ben Novak', 'Leah Goldstein', 'Kwame Mensah',
] as const;

export const industries = [
  'Technology', 'Finance', 'Healthcare', 'Consulting', 'Education', 'Government', 'Nonprofit', 'Manufacturing',
  'Media', 'Retail', 'Energy', 'Engineering', 'Hospitality', 'Legal', 'Biotech',
] as const;

export const employerStems = [
  'Acme', 'Northwind', 'Bluepeak', 'Cedar', 'Harbor', 'Lumen', 'Meridian', 'Summit', 'Riverbend', 'Granite', 'Orchid',
  'Pioneer', 'Beacon', 'Evergreen', 'Keystone', 'Atlas', 'Cobalt', 'Juniper', 'Sterling', 'Willow', 'Redwood',
  'Silverline', 'Brightwater', 'Ironwood', 'Crescent', 'Lakeside', 'Maple & Finch', 'Oakridge', 'Prairie', 'Quarry',
] as const;

export const employerSuffixes = [
  'Labs', 'Health', 'Partners', 'Analytics', 'Bank', 'Systems', 'Group', 'Foundation', 'Energy', 'Media', 'Consulting',
  'Manufacturing', 'Software', 'Capital', 'Hospital', 'Studios', 'Logistics', 'Robotics', 'Insurance', 'Schools',
] as const;

export const cities = [
  'Chicago, IL', 'Austin, TX', 'Boston, MA', 'Denver, CO', 'Atlanta, GA', 'Seattle, WA', 'Minneapolis, MN',
  'Columbus, OH', 'Raleigh, NC', 'Phoenix, AZ', 'Pittsburgh, PA', 'Remote',
] as const;

export const contactTitles = [
  'Software Engineer', 'Engineering Manager', 'Senior Analyst', 'Recruiter', 'University Relations Lead',
  'Marketing Director', 'Nurse Manager', 'Project Manager', 'Data Scientist', 'Associate Professor', 'Controller',
  'Program Director', 'HR Business Partner', 'Product Manager', 'Research Scientist', 'Operations Lead',
  'Talent Acquisition Specialist', 'Principal Consultant', 'Lab Manager', 'Editor',
] as const;

export const internshipRoles = [
  'Software Engineering Intern', 'Marketing Intern', 'Finance Intern', 'Research Assistant', 'Data Analyst Intern',
  'Nursing Extern', 'Policy Intern', 'Design Intern', 'Operations Intern', 'Lab Technician (Co-op)',
] as const;

export const eventTitles = [
  ['career_fair', 'Fall Career & Internship Fair'],
  ['career_fair', 'STEM Career Fair'],
  ['career_fair', 'Spring Career Fair'],
  ['info_session', 'Information Session'],
  ['conference', 'Regional Industry Conference'],
  ['alumni_mixer', 'Alumni Networking Mixer'],
  ['workshop', 'Networking 101: Your First Conversation'],
  ['workshop', 'LinkedIn Profile Clinic'],
  ['workshop', 'Informational Interviews Workshop'],
  ['virtual', 'Virtual Employer Meet-up'],
] as const;

export const summaries = {
  conversation: ['Met at the career fair booth', 'Talked about their career path', 'Short chat after the panel'],
  informational_interview: ['30-minute informational interview', 'Coffee chat about the industry'],
  thank_you_note: ['Handwritten thank-you note', 'Thank-you card at end of internship'],
  thank_you_email: ['Thank-you email after the internship', 'Thank-you email after our conversation'],
  contact_details_shared: ['Shared personal email and phone'],
  linkedin_connection: ['Connected on LinkedIn'],
  milestone_update: ['Told them I applied for the job they suggested', 'Shared that I started my senior project', 'Update: accepted a summer offer'],
  reference_request: ['Asked whether they would be a reference'],
  reference_agreed: ['Agreed to be a reference'],
  resume_sent: ['Sent current resume and job description'],
  other: ['Quick check-in'],
} as const;

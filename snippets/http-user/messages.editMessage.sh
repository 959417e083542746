# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/messages.editMessage" \
  --data-urlencode peer=@durov \
  --data-urlencode id=142 \
  --data message=it%27s%20%2250%25%22%20off%20%5C%20%24HOME%20%24%7Bx%7D%20%7B%24y%7D%20%3F%3E%20%3C%3Fphp%20%5D%5D%20%5D%3D%3D%5D%20%2A%2F%20%2F%2A%20%60tick%60%20%F0%9F%98%80%0Aline2%09tab

import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.account.UploadThemeRequest(
                file=await client.upload_file("photo.jpg"),
                file_name="photo.jpg",
                mime_type="image/jpeg",
            )
        )
        print(result.stringify())


asyncio.run(main())
